package dev.kubeprint.architecture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.config.KubeprintProperties.NodeGroupingProperties;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.health.Health;
import dev.kubeprint.health.NodeHealth;

/** Each node's state, and the nodes grouped by role and pool. */
public final class NodeGroupAnalyzer {

	private static final int PROBLEM_NODES_SHOWN = 5;

	private final NodeGroupingProperties grouping;

	private final Set<String> cniDaemonSets;

	/**
	 * @param cniDaemonSets names of CNI agent DaemonSets, whose pods tell whether a node's network agent runs
	 */
	public NodeGroupAnalyzer(NodeGroupingProperties grouping, Set<String> cniDaemonSets) {
		this.grouping = grouping;
		this.cniDaemonSets = cniDaemonSets;
	}

	public List<NodeTileView> tiles(ClusterFacts facts, Texts t) {
		Map<String, NodeAgents> agents = agents(facts);
		// Without pods nothing is known of what runs on a node: not none, not zero.
		NodeAgents otherwise = facts.availability(FactKind.PODS).hasData() ? NodeAgents.NONE : NodeAgents.UNKNOWN;
		return facts.nodes()
			.stream()
			.map((n) -> tile(n, agents.getOrDefault(n.name(), otherwise), t))
			.sorted(Comparator.comparing(NodeTileView::role).thenComparing(NodeTileView::pool)
				.thenComparing(NodeTileView::name))
			.toList();
	}

	public List<NodeGroupView> groups(List<NodeTileView> tiles) {
		Map<String, List<NodeTileView>> byGroup = tiles.stream()
			.collect(Collectors.groupingBy((n) -> n.role() + "\u0000" + n.pool(), LinkedHashMap::new,
					Collectors.toList()));
		List<NodeGroupView> groups = new ArrayList<>();
		byGroup.forEach((key, nodes) -> groups.add(group(nodes)));
		return groups;
	}

	private static NodeGroupView group(List<NodeTileView> nodes) {
		NodeTileView first = nodes.get(0);
		int ready = 0;
		int notReady = 0;
		int degraded = 0;
		int proxies = 0;
		int cnis = 0;
		long pods = 0;
		long capacity = 0;
		Health health = Health.HEALTHY;
		for (NodeTileView n : nodes) {
			switch (n.health()) {
				case HEALTHY -> ready++;
				case DEGRADED -> {
					ready++;
					degraded++;
				}
				default -> notReady++;
			}
			proxies += n.kubeProxy() == Health.HEALTHY ? 1 : 0;
			cnis += n.cni() == Health.HEALTHY ? 1 : 0;
			pods = (pods < 0 || n.pods() < 0) ? -1 : pods + n.pods();
			capacity += n.podCapacity();
			health = health.worse(n.health() == Health.DOWN && nodes.size() > 1 ? Health.DEGRADED : n.health());
		}
		if (notReady == nodes.size()) {
			health = Health.DOWN;
		}
		Set<String> zones = new TreeSet<>();
		nodes.forEach((n) -> zones.add(n.zone()));
		zones.remove("");
		List<NodeTileView> problems = nodes.stream()
			.filter((n) -> n.health() != Health.HEALTHY)
			.sorted(Comparator.comparing((NodeTileView n) -> n.health() != Health.DOWN).thenComparing(NodeTileView::name))
			.limit(PROBLEM_NODES_SHOWN)
			.toList();
		String id = (first.role() + "-" + first.pool()).replaceAll("[^A-Za-z0-9_-]", "_");
		return new NodeGroupView(id, first.role(), first.pool(), List.copyOf(zones), nodes.size(), ready, notReady,
				degraded, pods, capacity, proxies, cnis, health, problems);
	}

	private NodeTileView tile(NodeFact n, NodeAgents agents, Texts t) {
		NodeHealth.NodeState state = NodeHealth.state(n, t);
		Health health = state.health();
		String reason = state.reason();
		return new NodeTileView(n.name(), role(n), first(n, grouping.poolLabels()), first(n, grouping.zoneLabels()),
				health, reason, agents.pods(), n.allocatable().pods(), n.info().kubeletVersion(),
				n.info().containerRuntime(), agents.kubeProxy(), agents.cni());
	}

	static String role(NodeFact n) {
		if (n.roles().contains("control-plane") || n.roles().contains("master")) {
			return "control-plane";
		}
		return n.roles().isEmpty() ? "worker" : n.roles().get(0);
	}

	private static String first(NodeFact n, List<String> keys) {
		return keys.stream().map(n::label).filter((v) -> v != null && !v.isEmpty()).findFirst().orElse("");
	}

	/** What runs on one node: its pod count and its node agents. */
	private record NodeAgents(long pods, Health kubeProxy, Health cni) {

		static final NodeAgents NONE = new NodeAgents(0, Health.NOT_APPLICABLE, Health.NOT_APPLICABLE);

		/** Pods were not read: -1 pods, as views write an unknown count. */
		static final NodeAgents UNKNOWN = new NodeAgents(-1, Health.UNKNOWN, Health.UNKNOWN);

	}

	/** One pass over all pods, so 150,000 pods cost one loop, not one per node. */
	private Map<String, NodeAgents> agents(ClusterFacts facts) {
		if (!facts.availability(FactKind.PODS).hasData()) {
			return Map.of();
		}
		Map<String, long[]> pods = new HashMap<>();
		Map<String, Health> proxies = new HashMap<>();
		Map<String, Health> cnis = new HashMap<>();
		for (PodFact p : facts.pods()) {
			if (!p.scheduled() || p.terminated()) {
				continue;
			}
			pods.computeIfAbsent(p.nodeName(), (k) -> new long[1])[0]++;
			if ("DaemonSet".equals(p.ownerKind())) {
				Health h = p.ready() ? Health.HEALTHY : Health.DOWN;
				if ("kube-proxy".equals(p.ownerName())) {
					proxies.put(p.nodeName(), h);
				}
				else if (cniDaemonSets.contains(p.ownerName())) {
					cnis.merge(p.nodeName(), h, Health::worse);
				}
			}
		}
		Map<String, NodeAgents> agents = new HashMap<>();
		for (NodeFact n : facts.nodes()) {
			agents.put(n.name(),
					new NodeAgents(pods.getOrDefault(n.name(), new long[1])[0],
							proxies.getOrDefault(n.name(), Health.NOT_APPLICABLE),
							cnis.getOrDefault(n.name(), Health.NOT_APPLICABLE)));
		}
		return agents;
	}

}
