package dev.kubeprint.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every metric Kubeprint exports about the clusters it shows, named as Prometheus and kube-state-metrics
 * name theirs (base units in the name, one label per dimension), so that a dashboard written against one
 * reads the other. Each carries a {@code cluster} label first.
 */
enum Family {

	FINDING("kubeprint_finding",
			"1 for each finding of Kubeprint's checks: one series per check and subject, worst first up to "
					+ "kubeprint.metrics.max-findings-per-cluster",
			"check", "level", "subject"),
	FINDINGS_DROPPED("kubeprint_findings_dropped",
			"Findings (distinct check and subject) left out of kubeprint_finding by the per-cluster cap"),
	NODES("kubeprint_nodes", "Nodes by the status of their Ready condition; absent while nodes cannot be read",
			"ready"),
	PODS("kubeprint_pods", "Pods by phase; absent while pods cannot be read", "phase"),
	ETCD_DB_SIZE("kubeprint_etcd_db_size_bytes",
			"Size of the member's backend database on disk, as etcdctl endpoint status says", "member"),
	ETCD_DB_SIZE_IN_USE("kubeprint_etcd_db_size_in_use_bytes",
			"Bytes of the backend database holding live data; the rest is what a defragmentation returns",
			"member"),
	ETCD_QUOTA("kubeprint_etcd_quota_bytes", "The member's --quota-backend-bytes, from its /metrics", "member"),
	ETCD_HAS_LEADER("kubeprint_etcd_has_leader", "1 when the member knows a leader, 0 when it knows none",
			"member"),
	APISERVER_P99("kubeprint_apiserver_request_duration_p99_seconds",
			"99th percentile API request latency per verb between Kubeprint's last two scrapes of /metrics "
					+ "(WATCH and CONNECT left out)",
			"verb"),
	APISERVER_INFLIGHT("kubeprint_apiserver_current_inflight_requests",
			"apiserver_current_inflight_requests at Kubeprint's last scrape", "request_kind"),
	DATA_AGE("kubeprint_data_age_seconds",
			"How old the facts are: since the oldest kind's last sync for a live cluster, since capture for a "
					+ "snapshot; absent while unknown"),
	KIND_AVAILABLE("kubeprint_kind_available",
			"1 when the kind's objects could be read (also when stale), 0 when not; state says why", "kind",
			"state");

	private final String metricName;

	private final String help;

	private final List<String> labels;

	Family(String metricName, String help, String... labels) {
		this.metricName = metricName;
		this.help = help;
		this.labels = List.of(labels);
	}

	String metricName() {
		return metricName;
	}

	String help() {
		return help;
	}

	/** Label names after {@code cluster}, in order. */
	List<String> labels() {
		return labels;
	}

	/** A series of this family; the label values follow {@link #labels()}. */
	Series series(String cluster, double value, String... values) {
		if (values.length != labels.size()) {
			throw new IllegalArgumentException(metricName + " takes labels " + labels + ", got " + List.of(values));
		}
		Map<String, String> named = new LinkedHashMap<>();
		named.put("cluster", cluster);
		for (int i = 0; i < values.length; i++) {
			named.put(labels.get(i), values[i]);
		}
		return new Series(this, named, value);
	}

}
