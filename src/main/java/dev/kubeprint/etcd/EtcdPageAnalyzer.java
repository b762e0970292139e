package dev.kubeprint.etcd;

import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.ControlPlaneAnalyzer;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;

/** Facts and etcd's own answers in, the etcd page out. Pure. */
public final class EtcdPageAnalyzer {

	private final ControlPlaneAnalyzer controlPlane;

	public EtcdPageAnalyzer(ReferenceCatalog reference) {
		this.controlPlane = new ControlPlaneAnalyzer(reference);
	}

	public EtcdPageView analyze(ClusterFacts facts, Texts t) {
		ComponentView etcdRow = controlPlane.analyze(facts, t)
			.stream()
			.filter((c) -> "etcd".equals(c.id()))
			.findFirst()
			.orElseThrow();
		EtcdView direct = facts.probes()
			.etcd()
			.map((e) -> new EtcdAnalyzer(t).analyze(e, quotaFromFlags(facts)))
			.orElse(null);
		return new EtcdPageView(direct, facts.probes().etcdAbsent(), etcdRow);
	}

	/** kubeadm sets --quota-backend-bytes on the etcd pods; it is the quota when metrics do not tell. */
	private static Long quotaFromFlags(ClusterFacts facts) {
		return ControlPlaneAnalyzer.componentPods(facts, "etcd")
			.stream()
			.map(PodFact::flags)
			.map((f) -> f.get("quota-backend-bytes"))
			.filter((q) -> q != null && q.matches("\\d+"))
			.map(Long::valueOf)
			.findFirst()
			.orElse(null);
	}

}
