package dev.kubeprint.cluster.facts;

import java.util.Map;

/**
 * A ConfigMap: its size always (scale limits), its data only for the few that describe the cluster itself
 * (kubeadm-config, kube-proxy, CNI configuration).
 */
public record ConfigMapFact(String namespace, String name, long sizeBytes, Map<String, String> data) {

	public ConfigMapFact {
		data = Map.copyOf(data);
	}

}
