package dev.kubeprint.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

class StatusAnalyzerTests {

	private static final Duration STALENESS = Duration.ofSeconds(60);

	/**
	 * One kind that could not be refreshed makes the cluster stale, but its data as a whole is still fresh: the status
	 * names the kind and when it was last current, and does not say "no fresh data for more than 60 s".
	 */
	@Test
	void aStaleKindIsNamedWithoutClaimingTheWholeClusterIsOld() {
		Instant since = Instant.parse("2026-12-06T08:00:00Z");
		ClusterFacts facts = TestFacts.yaml()
			.live()
			.unavailable(FactKind.PODS, Availability.stale(since, "503 from the API server"))
			.build();
		StatusView view = StatusAnalyzer.analyze(facts, facts.observedAt().plusSeconds(5), STALENESS);
		assertThat(view.stale()).isTrue();
		assertThat(view.olderThanStaleness()).isFalse();
		assertThat(view.staleKinds()).isEqualTo("pods");
		assertThat(view.staleSince()).isEqualTo(since);
	}

	@Test
	void dataOlderThanTheStalenessIsOldAsAWhole() {
		ClusterFacts facts = TestFacts.yaml().live().build();
		StatusView fresh = StatusAnalyzer.analyze(facts, facts.observedAt().plusSeconds(59), STALENESS);
		assertThat(fresh.stale()).isFalse();
		assertThat(fresh.olderThanStaleness()).isFalse();
		StatusView old = StatusAnalyzer.analyze(facts, facts.observedAt().plusSeconds(61), STALENESS);
		assertThat(old.stale()).isTrue();
		assertThat(old.olderThanStaleness()).isTrue();
		assertThat(old.staleKinds()).isEmpty();
		assertThat(old.staleSince()).isNull();
	}

	@Test
	void aSnapshotIsNeverStale() {
		ClusterFacts facts = TestFacts.yaml().build();
		StatusView view = StatusAnalyzer.analyze(facts, facts.observedAt().plusSeconds(3600), STALENESS);
		assertThat(view.stale()).isFalse();
		assertThat(view.olderThanStaleness()).isFalse();
	}

}
