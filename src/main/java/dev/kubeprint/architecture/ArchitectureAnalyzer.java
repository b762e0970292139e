package dev.kubeprint.architecture;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kubeprint.distribution.DistributionAnalyzer;
import dev.kubeprint.distribution.DistributionView;
import dev.kubeprint.architecture.ArchitectureView.SummaryView;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.health.Health;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.ControlPlaneAnalyzer;

/** Facts in, the overview out. No I/O, no Spring: everything it knows comes from its arguments. */
public final class ArchitectureAnalyzer {

	private final ControlPlaneAnalyzer controlPlane;

	private final WorkerComponentAnalyzer workers;

	private final DistributionAnalyzer distribution;

	private final NodeGroupAnalyzer nodes;

	private final int diagramNodeLimit;

	public ArchitectureAnalyzer(ReferenceCatalog reference, KubeprintProperties properties) {
		this.controlPlane = new ControlPlaneAnalyzer(reference);
		this.distribution = new DistributionAnalyzer(reference);
		this.workers = new WorkerComponentAnalyzer(reference);
		Set<String> cniDaemonSets = reference.cnis()
			.stream()
			.flatMap((c) -> c.detect().daemonSets().stream())
			.collect(Collectors.toUnmodifiableSet());
		this.nodes = new NodeGroupAnalyzer(properties.nodeGrouping(), cniDaemonSets);
		this.diagramNodeLimit = properties.ui().diagramNodeLimit();
	}

	public ArchitectureView analyze(ClusterFacts facts, Texts t) {
		DistributionView distribution = this.distribution.analyze(facts, t);
		return analyze(facts, t, controlPlane.analyze(facts, t, distribution), distribution);
	}

	/**
	 * @param cp the control-plane components, read once for every page that shows them
	 * @param distribution which distribution this is, read once for every page that shows it
	 */
	public ArchitectureView analyze(ClusterFacts facts, Texts t, List<ComponentView> cp,
			DistributionView distribution) {
		List<ComponentView> wk = workers.analyze(facts, t);
		List<NodeTileView> tiles = nodes.tiles(facts, t);
		List<NodeGroupView> groups = nodes.groups(tiles);
		DiagramView diagram = DiagramLayout.layout(cp, wk, tiles, groups, diagramNodeLimit, t);
		return new ArchitectureView(summary(facts, cp, wk), diagram, cp, wk, groups, distribution);
	}

	private static SummaryView summary(ClusterFacts facts, List<ComponentView> cp, List<ComponentView> wk) {
		boolean nodesKnown = facts.availability(FactKind.NODES).hasData();
		boolean podsKnown = facts.availability(FactKind.PODS).hasData();
		List<PodFact> pods = facts.pods();
		return new SummaryView(facts.serverVersion().map((v) -> v.gitVersion()).orElse("—"),
				nodesKnown ? facts.nodes().size() : -1,
				nodesKnown ? (int) facts.nodes().stream().filter((n) -> n.isReady()).count() : -1,
				podsKnown ? pods.size() : -1,
				podsKnown ? (int) pods.stream().filter(PodFact::running).count() : -1,
				podsKnown ? (int) pods.stream().filter(PodFact::pending).count() : -1,
				podsKnown ? (int) pods.stream().filter((p) -> "Failed".equals(p.phase())).count() : -1,
				count(facts, FactKind.NAMESPACES), count(facts, FactKind.SERVICES), rollUp(cp), rollUp(wk),
				// Running says little on its own: a pod on an unreachable node stays Running, not ready, terminating
				podsKnown ? (int) pods.stream().filter((p) -> p.running() && !p.ready()).count() : -1,
				podsKnown ? (int) pods.stream().filter(PodFact::terminating).count() : -1);
	}

	private static int count(ClusterFacts facts, FactKind<?> kind) {
		return facts.availability(kind).hasData() ? facts.items(kind).size() : -1;
	}

	/**
	 * The worst part decides; parts that do not apply are left out, and when nothing applies (a managed control
	 * plane seen from inside) the headline says so rather than "healthy".
	 */
	static Health rollUp(List<ComponentView> components) {
		return components.stream()
			.map(ComponentView::health)
			.filter((h) -> h != Health.NOT_APPLICABLE)
			.reduce(Health::worse)
			.orElse(Health.NOT_APPLICABLE);
	}

}
