package dev.kubeprint.network;

import java.util.List;
import java.util.Optional;

import dev.kubeprint.cluster.facts.PodFact;

/** The kube-system pods, whose flags say where the control plane was told its ranges. */
record SystemPods(List<PodFact> pods) {

	SystemPods {
		pods = List.copyOf(pods);
	}

	/** The first pod of {@code component} with a non-empty {@code --flag}, to name where the value was read. */
	Optional<PodFact> pod(String component, String flag) {
		return pods.stream()
			.filter((p) -> component.equals(p.component()))
			.filter((p) -> p.flags().get(flag) != null && !p.flags().get(flag).isEmpty())
			.findFirst();
	}

	/** The first non-empty value of {@code --flag} on a pod of {@code component}. */
	Optional<String> flag(String component, String flag) {
		return pods.stream()
			.filter((p) -> component.equals(p.component()))
			.map((p) -> p.flags().get(flag))
			.filter((v) -> v != null && !v.isEmpty())
			.findFirst();
	}

}
