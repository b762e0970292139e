package dev.kubeprint.cluster.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.kubeprint.cluster.live.LiveTestSupport.assertOnlyGets;
import static dev.kubeprint.cluster.live.LiveTestSupport.await;
import static dev.kubeprint.cluster.live.LiveTestSupport.bookmark;
import static dev.kubeprint.cluster.live.LiveTestSupport.event;
import static dev.kubeprint.cluster.live.LiveTestSupport.fastSettings;
import static dev.kubeprint.cluster.live.LiveTestSupport.fixture;
import static dev.kubeprint.cluster.live.LiveTestSupport.json;
import static dev.kubeprint.cluster.live.LiveTestSupport.kubeconfig;
import static dev.kubeprint.cluster.live.LiveTestSupport.list;
import static dev.kubeprint.cluster.live.LiveTestSupport.listOf;
import static dev.kubeprint.cluster.live.LiveTestSupport.pod;
import static dev.kubeprint.cluster.live.LiveTestSupport.requestsTo;
import static dev.kubeprint.cluster.live.LiveTestSupport.stubQuietCluster;
import static dev.kubeprint.cluster.live.LiveTestSupport.watchOf;
import static org.assertj.core.api.Assertions.assertThat;

/** WATCH from the list's version: events applied as they stream, bookmarks, 410 relists, coalescing. */
class LiveWatchTests {

	// The API server does not compress watch responses; WireMock would gzip the whole body before dripping it,
	// which turns "how fast do events arrive" into "how well does the body compress".
	private final WireMockServer server = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));

	@TempDir
	Path dir;

	private LiveClusterSource source;

	@BeforeEach
	void startServer() {
		server.start();
		stubQuietCluster(server);
	}

	@AfterEach
	void stop() {
		if (source != null) {
			source.close();
		}
		server.stop();
	}

	@Test
	void appliesAddedModifiedDeletedAndBookmarkEventsFromAChunkedStream() throws Exception {
		server.stubFor(listOf(FactKind.PODS).willReturn(json(list("PodList", "1282", null, null,
				List.of(pod("web-75fbb76865-dl6cn", "1300"), pod("web-75fbb76865-rxwq2", "1301"),
						pod("web-gone", "1302"))))));
		// The real stream (ADDED, MODIFIED, BOOKMARK) with a DELETED spliced in before its bookmark, sent in
		// chunks over half a second as the API server sends a watch.
		String[] lines = fixture("pods-watch-stream.jsonl").split("\n");
		StringBuilder stream = new StringBuilder();
		for (int i = 0; i < lines.length - 1; i++) {
			stream.append(lines[i]).append('\n');
		}
		stream.append(event("DELETED", pod("web-gone", "1368")));
		stream.append(lines[lines.length - 1]).append('\n');
		server.stubFor(watchOf(FactKind.PODS).withQueryParam("resourceVersion", equalTo("1282"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(stream.toString())
				.withChunkedDribbleDelay(8, 500)));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("the watch applied", () -> source.facts().pods().size() == 4
				&& source.facts().pods().stream().noneMatch((p) -> p.name().equals("web-gone")),
				() -> source.facts().pods());

		List<PodFact> pods = source.facts().pods();
		assertThat(pods).extracting(PodFact::name).containsExactlyInAnyOrder("web-75fbb76865-dl6cn",
				"web-75fbb76865-rxwq2", "web-75fbb76865-jb8wk", "web-75fbb76865-zp2q2");
		// MODIFIED replaced ADDED: the scheduler's nodeName arrived in the second event.
		assertThat(pods).filteredOn((p) -> p.name().equals("web-75fbb76865-jb8wk")).singleElement()
			.extracting(PodFact::nodeName).isEqualTo("fake-node-00049");
		// The server ended the watch; the next one resumes from the bookmark's version, not from the list's.
		await("a re-watch from the bookmark", () -> requestsTo(server, "/api/v1/pods").stream()
			.anyMatch((r) -> LiveTestSupport.isWatch(r)
					&& r.queryParameter("resourceVersion").firstValue().equals("1369")),
				() -> requestsTo(server, "/api/v1/pods"));
		var watch = requestsTo(server, "/api/v1/pods").stream().filter(LiveTestSupport::isWatch).findFirst().get();
		assertThat(watch.queryParameter("allowWatchBookmarks").firstValue()).isEqualTo("true");
		assertThat(Integer.parseInt(watch.queryParameter("timeoutSeconds").firstValue())).isBetween(300, 600);
		assertOnlyGets(server);
	}

	@Test
	void appliesEventsWhileTheWatchIsStillOpen() throws Exception {
		// The body drips in 100 chunks over 50 s: the first event is complete after a chunk or two, the second
		// comes at the very end. Seeing the first applied within seconds shows events are decoded as they
		// arrive, not when the response ends.
		String first = event("ADDED", pod("early", "101"));
		String second = event("ADDED", pod("late", "102"));
		String padding = " ".repeat(first.length() * 60);
		server.stubFor(watchOf(FactKind.PODS).withQueryParam("resourceVersion", equalTo("100"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(first + padding + second)
				.withChunkedDribbleDelay(100, 50_000)));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("the first event applied", Duration.ofSeconds(8),
				() -> source.facts().pods().stream().anyMatch((p) -> p.name().equals("early")),
				() -> source.facts().pods());

		assertThat(source.facts().pods()).extracting(PodFact::name).containsExactly("early");
	}

	@Test
	void skipsAMalformedWatchEventAndKeepsWatching() throws Exception {
		var broken = pod("broken", "102");
		((tools.jackson.databind.node.ObjectNode) broken.get("metadata")).put("creationTimestamp", "not a time");
		server.stubFor(watchOf(FactKind.PODS).withQueryParam("resourceVersion", equalTo("100"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(event("ADDED", pod("a", "101")) + event("ADDED", broken) + event("ADDED", pod("c", "103")))));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("the good events applied", () -> source.facts().pods().size() == 2, () -> source.facts().pods());

		assertThat(source.facts().pods()).extracting(PodFact::name).containsExactlyInAnyOrder("a", "c");
		assertThat(source.facts().problems()).anySatisfy((p) -> {
			assertThat(p.where()).isEqualTo("pods watch event ADDED");
			assertThat(p.reason()).contains("not a time");
		});
		// The broken event's version still counts: the next watch resumes after it and the event after it.
		await("a re-watch from the last event", () -> requestsTo(server, "/api/v1/pods").stream()
			.anyMatch((r) -> LiveTestSupport.isWatch(r)
					&& r.queryParameter("resourceVersion").firstValue().equals("103")),
				() -> requestsTo(server, "/api/v1/pods"));
	}

	@Test
	void publishesNothingWhileNothingChangesButTheHeartbeatKeepsTheAgeTrue() throws Exception {
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null,
				fastSettings().withHeartbeat(Duration.ofMillis(1500)));
		source.start();
		await("synced", () -> source.facts().synced() && source.facts().serverVersion().isPresent(), source::facts);
		long settled = LiveTestSupport.settledVersion(source, Duration.ofMillis(200));
		java.time.Instant nodesSynced = source.facts().get(FactKind.NODES).syncedAt();

		// Watches keep ending empty and being re-opened: none of that is a change.
		Awaitility.await("no publish while nothing changes").during(Duration.ofMillis(600))
			.atMost(Duration.ofMillis(1000))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> source.facts().version() == settled);

		await("a heartbeat", () -> source.facts().version() > settled, source::facts);
		assertThat(source.facts().get(FactKind.NODES).syncedAt()).isAfter(nodesSynced);
		assertThat(source.facts().version()).isEqualTo(settled + 1);
	}

	@Test
	void relistsOnlyTheKindWhoseWatchGot410AndLeavesNoGhosts() throws Exception {
		server.stubFor(listOf(FactKind.PODS).inScenario("pods").whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("watching")
			.willReturn(json(list("PodList", "1000", null, null, List.of(pod("a", "990"), pod("b", "991"))))));
		// While the watch was down to 410, "b" was deleted and "c" created: only a relist can tell.
		server.stubFor(listOf(FactKind.PODS).inScenario("pods").whenScenarioStateIs("expired")
			.willReturn(json(list("PodList", "2000", null, null, List.of(pod("a", "1990"), pod("c", "1991"))))));
		server.stubFor(watchOf(FactKind.PODS).withQueryParam("resourceVersion", equalTo("1000"))
			.inScenario("pods").whenScenarioStateIs("watching").willSetStateTo("expired")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(event("ADDED", pod("d", "1001")) + fixture("watch-410-gone.txt").trim() + "\n"
						+ event("ADDED", pod("never-applied", "1002")))
				.withChunkedDribbleDelay(3, 200)));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("the relist applied", () -> source.facts().pods().stream().anyMatch((p) -> p.name().equals("c")),
				() -> source.facts().pods());

		assertThat(source.facts().pods()).extracting(PodFact::name).containsExactlyInAnyOrder("a", "c");
		assertThat(requestsTo(server, "/api/v1/pods").stream().filter((r) -> !LiveTestSupport.isWatch(r)))
			.hasSize(2);
		await("a watch from the relist's version", () -> requestsTo(server, "/api/v1/pods").stream()
			.anyMatch((r) -> LiveTestSupport.isWatch(r)
					&& r.queryParameter("resourceVersion").firstValue().equals("2000")),
				() -> requestsTo(server, "/api/v1/pods"));
		for (FactKind<?> other : FactKind.ALL) {
			if (other != FactKind.PODS && other != FactKind.SECRETS) {
				assertThat(requestsTo(server, KindWatcher.path(other)).stream()
					.filter((r) -> !LiveTestSupport.isWatch(r))).as(other.resourceName()).hasSize(1);
			}
		}
	}

	@Test
	void coalescesAStormOfEventsIntoFewPublications() throws Exception {
		StringBuilder stream = new StringBuilder();
		int events = 2000;
		for (int i = 0; i < events; i++) {
			stream.append(event(i % 2 == 0 ? "ADDED" : "MODIFIED", pod("storm-" + (i / 2), Integer.toString(2000 + i))));
		}
		stream.append(bookmark(Integer.toString(2000 + events)));
		server.stubFor(watchOf(FactKind.PODS).withQueryParam("resourceVersion", equalTo("100"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(stream.toString())
				.withChunkedDribbleDelay(20, 1000)));
		LiveSettings settings = LiveSettings.defaults(Duration.ofMillis(200), false)
			.withBackoff(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(1));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, settings);
		source.start();

		await("all events applied", () -> source.facts().pods().size() == events / 2, () -> source.facts().pods().size());

		// Every version since the start, the sync of all kinds included: 2,000 events over about a second,
		// published at most every 200 ms, make a handful of versions, not thousands.
		assertThat(source.facts().version()).isLessThan(40);
	}

}
