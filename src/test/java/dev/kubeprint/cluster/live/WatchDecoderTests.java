package dev.kubeprint.cluster.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.projection.Interner;
import dev.kubeprint.cluster.projection.Projections;
import tools.jackson.core.JsonParser;

import static dev.kubeprint.cluster.live.LiveTestSupport.JSON;
import static dev.kubeprint.cluster.live.LiveTestSupport.fixture;
import static dev.kubeprint.cluster.live.LiveTestSupport.pod;
import static org.assertj.core.api.Assertions.assertThat;

class WatchDecoderTests {

	private final List<String> seen = new ArrayList<>();

	private final WatchDecoder.Events<PodFact> events = new WatchDecoder.Events<>() {

		@Override
		public void upsert(PodFact fact, String resourceVersion) {
			seen.add("upsert " + fact.name() + " @" + resourceVersion);
		}

		@Override
		public void delete(PodFact fact, String resourceVersion) {
			seen.add("delete " + fact.name() + " @" + resourceVersion);
		}

		@Override
		public void bookmark(String resourceVersion) {
			seen.add("bookmark @" + resourceVersion);
		}

		@Override
		public void malformed(String type, String reason, String resourceVersion) {
			seen.add("malformed " + type + " @" + resourceVersion);
		}

	};

	@Test
	void readsTheRealStreamWithEachObjectsVersion() {
		Optional<ApiFailure> error = decode(fixture("pods-watch-stream.jsonl"));

		assertThat(error).isEmpty();
		assertThat(seen).containsExactly("upsert web-75fbb76865-jb8wk @1351", "upsert web-75fbb76865-jb8wk @1352",
				"upsert web-75fbb76865-zp2q2 @1354", "upsert web-75fbb76865-zp2q2 @1356",
				"upsert web-75fbb76865-dl6cn @1368", "upsert web-75fbb76865-rxwq2 @1369", "bookmark @1369");
	}

	@Test
	void acceptsAnEventWhoseObjectComesBeforeItsType() {
		String event = "{\"object\":" + pod("late-type", "77") + ",\"type\":\"DELETED\"}\n";

		decode(event);

		assertThat(seen).containsExactly("delete late-type @77");
	}

	@Test
	void stopsAtAnErrorEventWithItsStatus() {
		Optional<ApiFailure> error = decode(fixture("watch-410-gone.txt") + "\n"
				+ "{\"type\":\"ADDED\",\"object\":" + pod("after", "2") + "}\n");

		assertThat(error).hasValueSatisfying((f) -> {
			assertThat(f.code()).isEqualTo(410);
			assertThat(f.message()).isEqualTo("too old resource version: 1 (1265)");
		});
		assertThat(seen).isEmpty();
	}

	private Optional<ApiFailure> decode(String stream) {
		try (JsonParser parser = JSON.createParser(stream)) {
			return WatchDecoder.decode(parser, Projections.of(FactKind.PODS), new Interner(), events);
		}
	}

}
