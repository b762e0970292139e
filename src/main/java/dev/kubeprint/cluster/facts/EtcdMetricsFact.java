package dev.kubeprint.cluster.facts;

/**
 * What one member's /metrics (and /health beside it) said at one scrape. Any number may be null when the
 * family is absent, or, for the latencies, when there were no observations since the previous scrape.
 *
 * @param url the metrics URL scraped
 * @param problem why nothing could be read, in words; empty when the scrape worked
 * @param hasInterval an earlier scrape of the same URL exists, so numbers "since the previous scrape" are defined
 * @param memberId from etcd_server_id, to join the numbers with their member; null when absent
 * @param hasLeader etcd_server_has_leader
 * @param leaderChanges etcd_server_leader_changes_seen_total, since the member started
 * @param leaderChangesSinceLastScrape its increase since the previous scrape; null on the first
 * @param quotaBytes etcd_server_quota_backend_bytes, the --quota-backend-bytes in force
 * @param dbTotalBytes etcd_mvcc_db_total_size_in_bytes
 * @param dbInUseBytes etcd_mvcc_db_total_size_in_use_in_bytes
 * @param walFsyncP99Seconds p99 of etcd_disk_wal_fsync_duration_seconds over the last interval
 * @param backendCommitP99Seconds p99 of etcd_disk_backend_commit_duration_seconds over the last interval
 * @param health the "health" of GET /health ("true", "false"); null when not read
 */
public record EtcdMetricsFact(String url, String problem, boolean hasInterval, Long memberId, Boolean hasLeader,
		Double leaderChanges, Double leaderChangesSinceLastScrape, Double quotaBytes, Double dbTotalBytes,
		Double dbInUseBytes, Double walFsyncP99Seconds, Double backendCommitP99Seconds, String health) {

	public EtcdMetricsFact {
		problem = (problem != null) ? problem : "";
	}

	public static EtcdMetricsFact failed(String url, String problem) {
		return new EtcdMetricsFact(url, problem, false, null, null, null, null, null, null, null, null, null, null);
	}

	public boolean scraped() {
		return problem.isEmpty();
	}

}
