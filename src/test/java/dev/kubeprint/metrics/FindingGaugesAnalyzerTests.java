package dev.kubeprint.metrics;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;

import static org.assertj.core.api.Assertions.assertThat;

class FindingGaugesAnalyzerTests {

	@Test
	void eachFindingIsOneSeriesWithItsCheckLevelAndSubject() {
		List<Series> series = FindingGaugesAnalyzer.analyze("prod",
				List.of(Finding.of("etcd-disk-full", FindingLevel.CRITICAL, "etcd", "NOSPACE raised")), 500);

		assertThat(series).containsExactly(
				Family.FINDING.series("prod", 1, "etcd-disk-full", "critical", "etcd"),
				Family.FINDINGS_DROPPED.series("prod", 0));
	}

	@Test
	void aSubjectReportedTwiceByACheckIsOneSeriesAtItsWorstLevel() {
		List<Series> series = FindingGaugesAnalyzer.analyze("prod",
				List.of(Finding.of("node-ready", FindingLevel.UNKNOWN, "node a", "no lease"),
						Finding.of("node-ready", FindingLevel.CRITICAL, "node a", "NotReady"),
						Finding.of("node-lease", FindingLevel.CRITICAL, "node a", "lease 5 min old")),
				500);

		assertThat(findings(series)).containsExactly("critical node-lease node a", "critical node-ready node a");
	}

	@Test
	void theCapKeepsTheWorstAndCountsTheRest() {
		List<Finding> many = List.of(Finding.of("c", FindingLevel.OK, "s1", ""),
				Finding.of("c", FindingLevel.INFO, "s2", ""), Finding.of("c", FindingLevel.UNKNOWN, "s3", ""),
				Finding.of("c", FindingLevel.WARNING, "s4", ""), Finding.of("c", FindingLevel.CRITICAL, "s5", ""),
				Finding.of("c", FindingLevel.CRITICAL, "s5", "the same subject again, not counted twice"));

		List<Series> series = FindingGaugesAnalyzer.analyze("prod", many, 2);

		assertThat(findings(series)).containsExactly("critical c s5", "warning c s4");
		assertThat(dropped(series)).isEqualTo(3);
		assertThat(findings(FindingGaugesAnalyzer.analyze("prod", many, 0))).isEmpty();
		assertThat(dropped(FindingGaugesAnalyzer.analyze("prod", many, 0))).isEqualTo(5);
	}

	@Test
	void noFindingsIsSaidAsNothingDropped() {
		assertThat(FindingGaugesAnalyzer.analyze("prod", List.of(), 500))
			.containsExactly(Family.FINDINGS_DROPPED.series("prod", 0));
	}

	private static List<String> findings(List<Series> series) {
		return series.stream()
			.filter((s) -> s.family() == Family.FINDING)
			.map((s) -> s.label("level") + " " + s.label("check") + " " + s.label("subject"))
			.toList();
	}

	private static double dropped(List<Series> series) {
		return series.stream().filter((s) -> s.family() == Family.FINDINGS_DROPPED).findFirst().orElseThrow().value();
	}

}
