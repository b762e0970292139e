package dev.kubeprint.cluster.facts;

import java.util.Map;

/**
 * A ConfigMap: its size always (scale limits), its data only for the few that describe the cluster itself
 * (kubeadm-config, kube-proxy, CNI configuration).
 *
 * @param leader in kube-system, the {@value #LEADER_ANNOTATION} annotation (JSON) by which components before
 * Leases recorded their leader election; "" otherwise
 */
public record ConfigMapFact(String namespace, String name, long sizeBytes, Map<String, String> data, String leader) {

	public static final String LEADER_ANNOTATION = "control-plane.alpha.kubernetes.io/leader";

	public ConfigMapFact {
		data = Map.copyOf(data);
		leader = (leader != null) ? leader : "";
	}

	public ConfigMapFact(String namespace, String name, long sizeBytes, Map<String, String> data) {
		this(namespace, name, sizeBytes, data, "");
	}

}
