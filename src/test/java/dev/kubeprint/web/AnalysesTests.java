package dev.kubeprint.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** An analysis that others read is computed once per facts version, not once per reader. */
class AnalysesTests {

	private final Analyses analyses = new Analyses(new StaticMessageSource());

	private final AtomicInteger runs = new AtomicInteger();

	private final Analysis<Integer> shared = Analysis.of("shared", (facts, t) -> runs.incrementAndGet());

	private final Analysis<String> overview = Analysis.of("overview", shared, (facts, t, n) -> "overview of run " + n);

	private final Analysis<String> controlPlane = Analysis.of("control-plane", shared, (facts, t, n) -> "cp of run " + n);

	private final Analysis<String> etcd = Analysis.of("etcd", shared, (facts, t, n) -> "etcd of run " + n);

	@Test
	void threeReadersOfOneFactsVersionShareOneRun() {
		ClusterFacts facts = TestFacts.demo();
		assertThat(analyses.view(facts, overview, Locale.ENGLISH)).isEqualTo("overview of run 1");
		assertThat(analyses.view(facts, controlPlane, Locale.ENGLISH)).isEqualTo("cp of run 1");
		assertThat(analyses.view(facts, etcd, Locale.ENGLISH)).isEqualTo("etcd of run 1");
		assertThat(analyses.view(facts, shared, Locale.ENGLISH)).isEqualTo(1);
		assertThat(runs).hasValue(1);
	}

	@Test
	void aNewFactsVersionRunsItOnceMore() {
		ClusterFacts facts = TestFacts.demo();
		analyses.view(facts, overview, Locale.ENGLISH);
		ClusterFacts next = facts.withVersion(facts.version() + 1, facts.observedAt());
		assertThat(analyses.view(next, controlPlane, Locale.ENGLISH)).isEqualTo("cp of run 2");
		assertThat(analyses.view(next, etcd, Locale.ENGLISH)).isEqualTo("etcd of run 2");
		assertThat(analyses.view(next, overview, Locale.ENGLISH)).isEqualTo("overview of run 2");
		assertThat(runs).hasValue(2);
	}

}
