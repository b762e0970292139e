package dev.kubeprint.problems;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.problems.EtcdDiskFullChecks.Quota;

/**
 * An etcd member's quota from its static pod's flags, where the pod is visible: the flag's value, or etcd's
 * default when the pod is seen without it. A member whose pod is not seen (managed, external etcd) has no
 * quota here: guessing the default there would call a small custom quota fine.
 */
final class PodQuota {

	static final String FLAG = "quota-backend-bytes";

	private PodQuota() {
	}

	static Optional<Quota> of(Diagnosis d, String memberName) {
		if (!Diagnosis.readable(d.facts, FactKind.PODS)) {
			return Optional.empty();
		}
		List<PodFact> etcdPods = d.facts.pods()
			.stream()
			.filter((p) -> "kube-system".equals(p.namespace()) && !p.flags().isEmpty())
			.filter((p) -> "etcd".equals(p.component()) || "etcd".equals(p.program()))
			.sorted(Comparator.comparing(PodFact::name))
			.toList();
		Optional<PodFact> pod = etcdPods.stream().filter((p) -> memberName.equals(p.flags().get("name"))).findFirst();
		if (pod.isEmpty() && etcdPods.size() == 1) {
			pod = Optional.of(etcdPods.get(0));
		}
		return pod.map((p) -> {
			String value = p.flags().get(FLAG);
			if (value != null && value.strip().matches("\\d{1,19}") && Long.parseLong(value.strip()) > 0) {
				return new Quota(Long.parseLong(value.strip()), "--" + FLAG + "=" + value.strip() + " (pod " + p.name() + ")");
			}
			return new Quota((long) d.threshold("defaultQuotaBytes"), d.t.get("problems.etcd.quota-default", p.name()));
		});
	}

}
