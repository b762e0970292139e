package dev.kubeprint.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.kubeprint.health.Finding;

/**
 * The findings of one cluster as series, bounded: one per check and subject (the worst when a family reports
 * a subject twice), at most {@code cap} of them worst first, and the number left out said beside them. A
 * cluster with 5,000 broken nodes must not take the Prometheus server down with it.
 */
final class FindingGaugesAnalyzer {

	private static final Comparator<Finding> WORST_FIRST = Comparator
		.comparingInt((Finding f) -> f.level().worstFirst())
		.thenComparing(Finding::check)
		.thenComparing(Finding::subject);

	private FindingGaugesAnalyzer() {
	}

	static List<Series> analyze(String cluster, List<Finding> findings, int cap) {
		// The findings analysis already sorts this way; sorting again keeps the cap right for any input.
		List<Finding> worstFirst = findings.stream().sorted(WORST_FIRST).toList();
		Set<List<String>> seen = new HashSet<>();
		List<Series> series = new ArrayList<>();
		int dropped = 0;
		for (Finding finding : worstFirst) {
			if (!seen.add(List.of(finding.check(), finding.subject()))) {
				continue;
			}
			if (series.size() < cap) {
				series.add(Family.FINDING.series(cluster, 1, finding.check(), finding.level().label(),
						finding.subject()));
			}
			else {
				dropped++;
			}
		}
		series.add(Family.FINDINGS_DROPPED.series(cluster, dropped));
		return series;
	}

}
