package dev.kubeprint.problems;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.LargeCluster;

import static dev.kubeprint.problems.ProblemFixtures.EN;
import static dev.kubeprint.problems.ProblemFixtures.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

/** The five diagnoses at 5,000 nodes and 150,000 pods: a few findings, in one pass over the pods each. */
class ProblemsAtScaleTests {

	@Test
	void allFiveAtTheLimitsStayAFewFindings() {
		ClusterFacts facts = LargeCluster.of(5000, 150_000);
		CommonProblemsChecks checks = new CommonProblemsChecks(REFERENCE);
		checks.check(facts, EN);
		long start = System.nanoTime();
		List<Finding> findings = checks.check(facts, EN);
		long millis = (System.nanoTime() - start) / 1_000_000;
		// every 997th node is NotReady: n-0, n-997 … n-4985
		assertThat(findings).filteredOn((f) -> f.check().equals("node-not-ready"))
			.hasSize(6)
			.allSatisfy((f) -> assertThat(f.level()).isEqualTo(FindingLevel.CRITICAL));
		assertThat(findings).hasSizeLessThan(15);
		// generous for a shared 2-core machine: a guard against a quadratic pass, not a benchmark
		assertThat(millis).as("milliseconds").isLessThan(2000);
	}

}
