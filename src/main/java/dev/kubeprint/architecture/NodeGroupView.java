package dev.kubeprint.architecture;

import java.util.List;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Units;

/**
 * Nodes that share a role and pool, counted by state, so that 5,000 nodes read as a handful of groups.
 *
 * @param id stable and URL-safe, for anchors
 * @param problemNodes the first few nodes that are not healthy, with why
 */
public record NodeGroupView(String id, String role, String pool, List<String> zones, int total, int ready,
		int notReady, int degraded, long pods, long podCapacity, int kubeProxyReady, int cniReady, Health health,
		List<NodeTileView> problemNodes) {

	public NodeGroupView {
		zones = List.copyOf(zones);
		problemNodes = List.copyOf(problemNodes);
	}

	public String poolShown() {
		return Units.orUnknown(pool);
	}

}
