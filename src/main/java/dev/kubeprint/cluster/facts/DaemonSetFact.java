package dev.kubeprint.cluster.facts;

import java.util.List;
import java.util.Map;

/**
 * A DaemonSet.
 *
 * @param images container images, which identify CNI agents even under custom names
 * @param env plain (not valueFrom) environment of the containers, kept for kube-system only: CNI modes live
 * there (CALICO_IPV4POOL_IPIP ...)
 */
public record DaemonSetFact(String namespace, String name, int desired, int ready, int available,
		int updated, List<String> images, Map<String, String> env) {

	public DaemonSetFact {
		images = List.copyOf(images);
		env = Map.copyOf(env);
	}

}
