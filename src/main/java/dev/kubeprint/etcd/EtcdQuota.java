package dev.kubeprint.etcd;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.health.ControlPlaneAnalyzer;

/**
 * The --quota-backend-bytes etcd runs with, and how that is known. One reading for the etcd page, the checklist,
 * the disk-full diagnosis and the EtcdDatabaseSizeHigh rule, so that they never disagree about the same member.
 *
 * @param bytes the quota
 * @param basis how it is known
 * @param where the metrics URL or the pod ("kube-system/etcd-cp-1") it was read from; "" for a default
 */
public record EtcdQuota(long bytes, Basis basis, String where) {

	/** etcd's own default when --quota-backend-bytes is not set. */
	public static final long DEFAULT_BYTES = 2L * 1024 * 1024 * 1024;

	private static final String FLAG = "quota-backend-bytes";

	public enum Basis {

		/** etcd_server_quota_backend_bytes of the member's /metrics: the quota in force. */
		METRICS,
		/** --quota-backend-bytes on the member's etcd pod. */
		POD_FLAG,
		/** The member's etcd pod is seen without the flag: etcd runs with its default. */
		DEFAULT_NO_FLAG,
		/**
		 * Neither metrics nor an etcd pod tell (external etcd, pods not readable): etcd's default is a guess, and
		 * a caller that must not guess says unknown instead.
		 */
		ASSUMED_DEFAULT;

		public boolean known() {
			return this != ASSUMED_DEFAULT;
		}

	}

	/**
	 * For one member: its own metrics (or metrics that do not say whose they are), else its etcd pod's flag (the
	 * pod whose --name is the member's, else the only etcd pod), else etcd's default.
	 *
	 * @param memberId the member's id, null for whichever member's metrics come first
	 * @param memberName the member's name, null when not known
	 */
	public static EtcdQuota of(ClusterFacts facts, EtcdFacts etcd, Long memberId, String memberName) {
		Optional<EtcdMetricsFact> metrics = (etcd == null ? List.<EtcdMetricsFact>of() : etcd.metrics()).stream()
			.filter((m) -> m.scraped() && m.quotaBytes() != null && m.quotaBytes() > 0)
			.filter((m) -> memberId == null || m.memberId() == null || m.memberId().longValue() == memberId)
			// the member's own metrics before metrics that do not name their member
			.min(Comparator.comparing((EtcdMetricsFact m) -> m.memberId() == null));
		if (metrics.isPresent()) {
			return new EtcdQuota(metrics.get().quotaBytes().longValue(), Basis.METRICS, metrics.get().url());
		}
		return fromPods(facts, memberName);
	}

	/** For the cluster as a whole: any member's metrics, else any etcd pod's flag, else the default. */
	public static EtcdQuota ofCluster(ClusterFacts facts, EtcdFacts etcd) {
		return of(facts, etcd, null, null);
	}

	/** What the etcd pods say, for a view that has no etcd answers of its own. */
	public static EtcdQuota fromPods(ClusterFacts facts, String memberName) {
		List<PodFact> pods = facts.availability(FactKind.PODS).hasData() ? ControlPlaneAnalyzer.componentPods(facts, "etcd")
				: List.of();
		Optional<PodFact> pod = pods.stream().filter((p) -> memberName != null && memberName.equals(p.flags().get("name")))
			.findFirst();
		if (pod.isEmpty() && memberName == null) {
			pod = pods.stream().filter((p) -> validFlag(p) != null).findFirst();
		}
		if (pod.isEmpty() && pods.size() == 1) {
			pod = Optional.of(pods.get(0));
		}
		if (pod.isEmpty()) {
			return new EtcdQuota(DEFAULT_BYTES, Basis.ASSUMED_DEFAULT, "");
		}
		String where = pod.get().namespace() + "/" + pod.get().name();
		Long flag = validFlag(pod.get());
		return flag != null ? new EtcdQuota(flag, Basis.POD_FLAG, where)
				: new EtcdQuota(DEFAULT_BYTES, Basis.DEFAULT_NO_FLAG, where);
	}

	private static Long validFlag(PodFact pod) {
		String value = pod.flags().getOrDefault(FLAG, "").strip();
		if (!value.matches("\\d{1,18}")) {
			return null;
		}
		long bytes = Long.parseLong(value);
		return bytes > 0 ? bytes : null;
	}

}
