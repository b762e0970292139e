package dev.kubeprint.etcd;

import java.util.List;

import dev.kubeprint.health.ComponentView;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;

/** Facts and etcd's own answers in, the etcd page out. Pure. */
public final class EtcdPageAnalyzer {

	/** @param controlPlane the control-plane components, read once for every page that shows them */
	public EtcdPageView analyze(ClusterFacts facts, Texts t, List<ComponentView> controlPlane) {
		ComponentView etcdRow = controlPlane.stream()
			.filter((c) -> "etcd".equals(c.id()))
			.findFirst()
			.orElseThrow();
		EtcdView direct = facts.probes()
			.etcd()
			.map((e) -> new EtcdAnalyzer(t).analyze(e, podFlag(facts)))
			.orElse(null);
		return new EtcdPageView(direct, facts.probes().etcdAbsent(), etcdRow);
	}

	/** kubeadm sets --quota-backend-bytes on the etcd pods; it is the quota when metrics do not tell. */
	private static Long podFlag(ClusterFacts facts) {
		EtcdQuota quota = EtcdQuota.fromPods(facts, null);
		return quota.basis() == EtcdQuota.Basis.POD_FLAG ? quota.bytes() : null;
	}

}
