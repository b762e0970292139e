package dev.kubeprint.controlplane;

import java.util.List;

import dev.kubeprint.health.ComponentView;
import dev.kubeprint.distribution.DistributionView;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;

/** Facts and probe answers in, the control-plane page out. Pure. */
public final class ControlPlanePageAnalyzer {

	private final ApiServerAnalyzer apiServer;

	private final TopologyAnalyzer topology = new TopologyAnalyzer();

	public ControlPlanePageAnalyzer(ReferenceCatalog reference) {
		this.apiServer = ApiServerAnalyzer.fromReference(reference);
	}

	/**
	 * @param rows the control-plane components, read once for every page that shows them
	 * @param distribution which distribution this is and whether a provider runs the control plane
	 */
	public ControlPlaneView analyze(ClusterFacts facts, Texts t, List<ComponentView> rows,
			DistributionView distribution) {
		ProbeFacts probes = facts.probes();
		ApiServerView server = probes.apiServer()
			.map((a) -> apiServer.analyze(a, ApiServerFlags.from(facts.pods()), t))
			.orElse(null);
		String managedBy = distribution.managed() ? distribution.name() : "";
		return new ControlPlaneView(server, probes.apiServerAbsent(), rows, topology.analyze(facts, managedBy, t),
				managedBy, probes.components(), distribution);
	}

}
