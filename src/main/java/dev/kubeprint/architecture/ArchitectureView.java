package dev.kubeprint.architecture;

import java.util.List;
import dev.kubeprint.distribution.DistributionView;
import dev.kubeprint.health.Health;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.i18n.Units;

/** The overview page: the drawing, the two component tables, the node groups and the headline numbers. */
public record ArchitectureView(SummaryView summary, DiagramView diagram, List<ComponentView> controlPlane,
		List<ComponentView> workers, List<NodeGroupView> nodeGroups, DistributionView distribution) {

	public ArchitectureView {
		controlPlane = List.copyOf(controlPlane);
		workers = List.copyOf(workers);
		nodeGroups = List.copyOf(nodeGroups);
	}

	/** Headline numbers; -1 where the facts are not available. */
	public record SummaryView(String serverVersion, int nodes, int readyNodes, int pods, int runningPods,
			int pendingPods, int failedPods, int namespaces, int services, Health controlPlane, Health workers,
			int notReadyPods, int terminatingPods) {

		public String nodesShown() {
			return nodes < 0 ? Units.UNKNOWN : readyNodes + "/" + nodes;
		}

		public String podsShown() {
			return Units.countOrUnknown(pods);
		}

		public String namespacesShown() {
			return Units.countOrUnknown(namespaces);
		}

		public String servicesShown() {
			return Units.countOrUnknown(services);
		}

	}

}
