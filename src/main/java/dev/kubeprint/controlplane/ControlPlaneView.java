package dev.kubeprint.controlplane;

import java.util.List;

import dev.kubeprint.distribution.DistributionView;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.cluster.facts.ComponentHealth;

/**
 * The control-plane page: the API server as it answers for itself, every component with its instances and
 * leader, and the topology.
 *
 * @param apiServer what readyz, livez and metrics say; null when nothing was probed
 * @param apiServerAbsent why there is no probe answer, in words
 * @param managedBy the provider running the control plane, or empty
 * @param healthz what each scheduler and controller-manager instance's /healthz said, with the request it rests
 * on; empty where none was probed (snapshots, managed control planes)
 */
public record ControlPlaneView(ApiServerView apiServer, String apiServerAbsent, List<ComponentView> components,
		TopologyView topology, String managedBy, List<ComponentHealth> healthz, DistributionView distribution) {

	public ControlPlaneView {
		components = List.copyOf(components);
		healthz = List.copyOf(healthz);
	}

}
