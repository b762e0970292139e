package dev.kubeprint.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;

/**
 * Reads the gauges of one cluster's facts. What the facts do not know is left out rather than exported as 0:
 * "no pods" and "pods not readable" must not look alike on a dashboard.
 */
final class FactGaugesAnalyzer {

	/** The phases kube-state-metrics exports; any other value a kubelet might write counts as Unknown. */
	static final List<String> PHASES = List.of("Pending", "Running", "Succeeded", "Failed", "Unknown");

	static final List<String> READINESS = List.of("true", "false", "unknown");

	private FactGaugesAnalyzer() {
	}

	static FactGaugesView analyze(ClusterFacts facts) {
		String cluster = facts.cluster().name();
		List<Series> series = new ArrayList<>();
		kinds(cluster, facts, series);
		nodes(cluster, facts, series);
		pods(cluster, facts, series);
		facts.probes().apiServer().ifPresent((api) -> {
			if (api.metricsAvailability().isOk() && api.metrics() != null) {
				apiServer(cluster, api.metrics(), series);
			}
		});
		facts.probes().etcd().ifPresent((etcd) -> etcd(cluster, etcd, series));
		return new FactGaugesView(series, dataAsOf(facts));
	}

	private static void kinds(String cluster, ClusterFacts facts, List<Series> series) {
		for (FactKind<?> kind : FactKind.ALL) {
			var availability = facts.availability(kind);
			series.add(Family.KIND_AVAILABLE.series(cluster, availability.hasData() ? 1 : 0, kind.resourceName(),
					availability.state().name().toLowerCase(Locale.ROOT)));
		}
	}

	private static void nodes(String cluster, ClusterFacts facts, List<Series> series) {
		if (!facts.availability(FactKind.NODES).hasData()) {
			return;
		}
		Map<String, Integer> counts = zeros(READINESS);
		for (NodeFact node : facts.nodes()) {
			counts.merge(readiness(node.ready()), 1, Integer::sum);
		}
		counts.forEach((ready, count) -> series.add(Family.NODES.series(cluster, count, ready)));
	}

	/** As kube_node_status_condition names it: Unknown is what a node controller writes for a silent kubelet. */
	static String readiness(ConditionFact ready) {
		if (ready == null) {
			return "unknown";
		}
		return switch (ready.status()) {
			case "True" -> "true";
			case "False" -> "false";
			default -> "unknown";
		};
	}

	private static void pods(String cluster, ClusterFacts facts, List<Series> series) {
		if (!facts.availability(FactKind.PODS).hasData()) {
			return;
		}
		Map<String, Integer> counts = zeros(PHASES);
		for (PodFact pod : facts.pods()) {
			counts.merge(PHASES.contains(pod.phase()) ? pod.phase() : "Unknown", 1, Integer::sum);
		}
		counts.forEach((phase, count) -> series.add(Family.PODS.series(cluster, count, phase)));
	}

	private static void apiServer(String cluster, ApiServerMetrics metrics, List<Series> series) {
		metrics.inflight()
			.forEach((kind, count) -> series.add(Family.APISERVER_INFLIGHT.series(cluster, count, kind)));
		if (metrics.interval() != null) {
			metrics.interval()
				.latency()
				.values()
				.forEach((verb) -> series
					.add(Family.APISERVER_P99.series(cluster, verb.p99Seconds(), verb.verb())));
		}
	}

	/**
	 * Per member, the member's own answer first (endpoint status), its /metrics where status does not tell
	 * (the quota) or did not answer. Members are named as the member list names them, else by hex id, else by
	 * the URL scraped when the metrics name no member.
	 */
	private static void etcd(String cluster, EtcdFacts etcd, List<Series> series) {
		Map<Long, String> names = new HashMap<>();
		for (EtcdMemberFact member : etcd.members()) {
			names.put(member.id(), member.name().isEmpty() ? member.hexId() : member.name());
		}
		Map<String, Map<Family, Double>> members = new LinkedHashMap<>();
		for (EtcdEndpointFact endpoint : etcd.endpoints()) {
			if (endpoint.answered()) {
				var status = endpoint.status();
				Map<Family, Double> numbers = members.computeIfAbsent(member(names, status.memberId()),
						(m) -> new LinkedHashMap<>());
				numbers.putIfAbsent(Family.ETCD_DB_SIZE, (double) status.dbSize());
				numbers.putIfAbsent(Family.ETCD_DB_SIZE_IN_USE, (double) status.dbSizeInUse());
				numbers.putIfAbsent(Family.ETCD_HAS_LEADER, status.leaderId() != 0 ? 1.0 : 0.0);
			}
		}
		for (EtcdMetricsFact metrics : etcd.metrics()) {
			if (metrics.scraped()) {
				String member = metrics.memberId() != null ? member(names, metrics.memberId()) : metrics.url();
				Map<Family, Double> numbers = members.computeIfAbsent(member, (m) -> new LinkedHashMap<>());
				putKnown(numbers, Family.ETCD_DB_SIZE, metrics.dbTotalBytes());
				putKnown(numbers, Family.ETCD_DB_SIZE_IN_USE, metrics.dbInUseBytes());
				putKnown(numbers, Family.ETCD_QUOTA, metrics.quotaBytes());
				putKnown(numbers, Family.ETCD_HAS_LEADER,
						metrics.hasLeader() == null ? null : metrics.hasLeader() ? 1.0 : 0.0);
			}
		}
		members.forEach((member, numbers) -> numbers
			.forEach((family, value) -> series.add(family.series(cluster, value, member))));
	}

	private static String member(Map<Long, String> names, long id) {
		return names.getOrDefault(id, Long.toHexString(id));
	}

	private static void putKnown(Map<Family, Double> numbers, Family family, Double value) {
		if (value != null) {
			numbers.putIfAbsent(family, value);
		}
	}

	/**
	 * A live cluster's facts are as old as its least recently synced kind; a snapshot's are as old as its
	 * capture, which is unknown when its objects carry no timestamp.
	 */
	static Optional<Instant> dataAsOf(ClusterFacts facts) {
		if (!facts.cluster().live()) {
			return facts.capturedAt();
		}
		return facts.kinds()
			.values()
			.stream()
			.filter((k) -> k.availability().hasData() && k.syncedAt() != null)
			.map(KindFacts::syncedAt)
			.min(Instant::compareTo);
	}

	private static Map<String, Integer> zeros(List<String> keys) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		keys.forEach((key) -> counts.put(key, 0));
		return counts;
	}

}
