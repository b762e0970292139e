package dev.kubeprint.problems;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.kubeprint.findings.CheckFamily;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.web.Analysis;

import static dev.kubeprint.problems.ProblemFixtures.EN;
import static dev.kubeprint.problems.ProblemFixtures.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

/** The family the findings page merges, computed on the bundled demo cluster as the app computes it. */
class ProblemsPageTests {

	@Test
	void theFamilyDiagnosesEveryRowOfTheProblemTableOnTheDemo() {
		CheckFamily family = new ProblemsPage().problemChecks(REFERENCE);
		assertThat(family.name()).isEqualTo("problems");
		assertThat(family.analysis().name()).isEqualTo("checks:problems");
		List<Finding> findings = family.analysis().computation().compute(TestFacts.demo(), EN, new Analysis.Inputs() {
			@Override
			public <I> I of(Analysis<I> analysis) {
				throw new AssertionError("the problems read no other analysis");
			}
		});
		Map<String, FindingLevel> worst = findings.stream()
			.collect(Collectors.toMap(Finding::check, Finding::level,
					(a, b) -> a.worstFirst() <= b.worstFirst() ? a : b));
		assertThat(worst.keySet()).containsExactlyInAnyOrderElementsOf(
				REFERENCE.problems().stream().map((p) -> p.id()).toList());
		// the demo's bad morning (demo/README.md): NOSPACE on etcd cp-3, 783 of 800 read-only requests in flight,
		// 64 Pending pods, node general-7 unreachable, one of two CoreDNS pods crash-looping
		assertThat(worst).containsEntry("etcd-disk-full", FindingLevel.CRITICAL)
			.containsEntry("dns-failure", FindingLevel.WARNING)
			.containsEntry("apiserver-overload", FindingLevel.WARNING)
			.containsEntry("node-not-ready", FindingLevel.CRITICAL);
		assertThat(worst.get("scheduling-failure")).isEqualTo(FindingLevel.WARNING);
		assertThat(findings).allSatisfy((f) -> assertThat(f.panel()).isNotNull());
	}

}
