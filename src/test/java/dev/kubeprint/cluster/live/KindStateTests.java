package dev.kubeprint.cluster.live;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NamespaceFact;

import static org.assertj.core.api.Assertions.assertThat;

class KindStateTests {

	private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

	@Test
	void anEventThatChangesNothingKeptIsNothingToPublish() {
		KindState<NamespaceFact> state = new KindState<>("test", FactKind.NAMESPACES);
		state.replace(new java.util.HashMap<>(), NOW);
		state.publish(NOW);

		state.upsert(new NamespaceFact("shop", "Active", Map.of("team", "a")), NOW);
		assertThat(state.dirty()).as("a new object").isTrue();
		state.publish(NOW);

		// A MODIFIED event whose changes are all in fields no fact keeps projects to an equal record.
		state.upsert(new NamespaceFact("shop", "Active", Map.of("team", "a")), NOW.plusSeconds(1));
		assertThat(state.dirty()).as("an equal object").isFalse();

		state.upsert(new NamespaceFact("shop", "Terminating", Map.of("team", "a")), NOW.plusSeconds(2));
		assertThat(state.dirty()).as("a changed object").isTrue();
		assertThat(state.publish(NOW.plusSeconds(2)).items()).extracting(NamespaceFact::phase).containsExactly("Terminating");
	}

}
