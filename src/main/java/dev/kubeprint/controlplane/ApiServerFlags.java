package dev.kubeprint.controlplane;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.PodFact;

/**
 * The command-line flags of a visible kube-apiserver pod, with the pod they were read from so the panel
 * can say where a limit came from. On a managed control plane there is none.
 *
 * @param podName "" when no pod is visible
 * @param flags without the leading dashes: "max-requests-inflight" → "800"
 */
public record ApiServerFlags(String podName, Map<String, String> flags) {

	private static final ApiServerFlags NONE = new ApiServerFlags("", Map.of());

	public ApiServerFlags {
		flags = Map.copyOf(flags);
	}

	public static ApiServerFlags none() {
		return NONE;
	}

	/** The first kube-apiserver pod in kube-system by name; they share one manifest in a healthy cluster. */
	public static ApiServerFlags from(List<PodFact> pods) {
		return pods.stream()
			.filter((p) -> "kube-system".equals(p.namespace()) && "kube-apiserver".equals(p.component()))
			.filter((p) -> !p.flags().isEmpty())
			.min(Comparator.comparing(PodFact::name))
			.map((p) -> new ApiServerFlags(p.name(), p.flags()))
			.orElse(NONE);
	}

	public boolean visible() {
		return !podName.isEmpty();
	}

}
