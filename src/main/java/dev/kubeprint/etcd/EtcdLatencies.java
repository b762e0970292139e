package dev.kubeprint.etcd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.etcd.EtcdView.Latency;

/** Whether the disks keep up (WAL fsync and backend commit p99 per member), and how often the leader changed. */
final class EtcdLatencies {

	private final Texts texts;

	private final EtcdMemberRows members;

	EtcdLatencies(Texts texts, EtcdMemberRows members) {
		this.texts = texts;
		this.members = members;
	}

	/** Per member with metrics, then per scraped URL no member claims: fsync, then commit. */
	List<Latency> measure(List<JoinedMember> rows, EtcdFacts facts) {
		List<Latency> latencies = new ArrayList<>();
		Set<EtcdMetricsFact> shown = new HashSet<>();
		for (JoinedMember row : rows) {
			if (row.metrics() == null) {
				continue;
			}
			shown.add(row.metrics());
			String member = (row.member() != null) ? members.name(row.member()) : row.endpoint().endpoint();
			latencies.addAll(both(member, row.metrics()));
		}
		for (EtcdMetricsFact metrics : facts.metrics()) {
			if (!shown.contains(metrics)) {
				latencies.addAll(both(metrics.url(), metrics));
			}
		}
		return latencies;
	}

	private List<Latency> both(String member, EtcdMetricsFact metrics) {
		return List.of(
				latency(member, metrics, metrics.walFsyncP99Seconds(), "etcd-panel.latency.fsync",
						"etcd-panel.latency.fsync.threshold", EtcdAnalyzer.FSYNC_WARNING_SECONDS,
						EtcdAnalyzer.FSYNC_CRITICAL_SECONDS),
				latency(member, metrics, metrics.backendCommitP99Seconds(), "etcd-panel.latency.commit",
						"etcd-panel.latency.commit.threshold", EtcdAnalyzer.COMMIT_WARNING_SECONDS,
						Double.POSITIVE_INFINITY));
	}

	private Latency latency(String member, EtcdMetricsFact metrics, Double seconds, String metricCode,
			String thresholdCode, double warning, double critical) {
		String metric = texts.get(metricCode);
		String threshold = texts.get(thresholdCode);
		if (!metrics.scraped()) {
			return new Latency(member, metric, null, EtcdLevel.UNKNOWN,
					texts.get("etcd-panel.latency.unreadable", metrics.problem()), threshold);
		}
		if (seconds == null) {
			return new Latency(member, metric, null, EtcdLevel.UNKNOWN,
					texts.get(metrics.hasInterval() ? "etcd-panel.latency.none" : "etcd-panel.latency.first"),
					threshold);
		}
		EtcdLevel level = (seconds > critical) ? EtcdLevel.CRITICAL
				: (seconds > warning) ? EtcdLevel.WARNING : EtcdLevel.OK;
		return new Latency(member, metric, seconds, level,
				texts.get("etcd-panel.latency.value", Units.duration(seconds)), threshold);
	}

	String leaderChanges(EtcdFacts facts) {
		List<EtcdMetricsFact> scraped = facts.metrics()
			.stream()
			.filter((m) -> m.scraped() && m.leaderChanges() != null)
			.toList();
		if (scraped.isEmpty()) {
			return texts.get("etcd-panel.leader-changes.unknown");
		}
		long total = scraped.stream().mapToLong((m) -> m.leaderChanges().longValue()).max().orElse(0);
		Optional<Long> since = scraped.stream()
			.map(EtcdMetricsFact::leaderChangesSinceLastScrape)
			.filter(Objects::nonNull)
			.map(Double::longValue)
			.max(Long::compare);
		return since.map((s) -> texts.get("etcd-panel.leader-changes", total, s))
			.orElseGet(() -> texts.get("etcd-panel.leader-changes.first", total));
	}

}
