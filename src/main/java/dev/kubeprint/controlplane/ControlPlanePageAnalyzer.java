package dev.kubeprint.controlplane;

import java.util.List;

import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.ManagedControlPlane;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;

/** Facts and probe answers in, the control-plane page out. Pure. */
public final class ControlPlanePageAnalyzer {

	private final ReferenceCatalog reference;

	private final ApiServerAnalyzer apiServer;

	private final TopologyAnalyzer topology = new TopologyAnalyzer();

	public ControlPlanePageAnalyzer(ReferenceCatalog reference) {
		this.reference = reference;
		this.apiServer = ApiServerAnalyzer.fromReference(reference);
	}

	/** @param rows the control-plane components, read once for every page that shows them */
	public ControlPlaneView analyze(ClusterFacts facts, Texts t, List<ComponentView> rows) {
		ProbeFacts probes = facts.probes();
		ApiServerView server = probes.apiServer()
			.map((a) -> apiServer.analyze(a, ApiServerFlags.from(facts.pods()), t))
			.orElse(null);
		String managedBy = ManagedControlPlane.detect(facts, reference, t).orElse("");
		return new ControlPlaneView(server, probes.apiServerAbsent(), rows, topology.analyze(facts, managedBy, t),
				managedBy, probes.components());
	}

}
