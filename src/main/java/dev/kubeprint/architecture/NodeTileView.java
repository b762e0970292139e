package dev.kubeprint.architecture;

import dev.kubeprint.health.Health;

/**
 * One node as the diagram and group tables show it.
 *
 * @param kubeProxy health of the node's kube-proxy pod (NOT_APPLICABLE when none runs there)
 * @param cni health of the node's CNI agent pod
 */
public record NodeTileView(String name, String role, String pool, String zone, Health health, String reason,
		long pods, long podCapacity, String kubeletVersion, String runtime, Health kubeProxy, Health cni) {
}
