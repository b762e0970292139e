package dev.kubeprint.nodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kubeprint.health.DockerRuntime;
import dev.kubeprint.health.Health;
import dev.kubeprint.health.NodeHealth;
import dev.kubeprint.health.NodeHealth.ConditionVerdict;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.config.KubeprintProperties.NodeGroupingProperties;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.nodes.NodesView.ConditionRow;
import dev.kubeprint.nodes.NodesView.GridGroup;
import dev.kubeprint.nodes.NodesView.GridTile;
import dev.kubeprint.nodes.NodesView.GridView;
import dev.kubeprint.nodes.NodesView.KubeProxyView;
import dev.kubeprint.nodes.NodesView.KubeletView;
import dev.kubeprint.nodes.NodesView.NodeRow;
import dev.kubeprint.nodes.NodesView.Summary;

/** Every node with its state, agents and load: one pass over the pods, whatever their number. */
public final class NodesAnalyzer {

	/** Tiles per grid row: 60 fits a laptop and keeps 5,000 nodes of one pool under 90 rows. */
	static final int GRID_COLUMNS = 60;

	static final int TILE = 12;

	private final NodeGroupingProperties grouping;

	private final Set<String> cniDaemonSets;

	/**
	 * @param cniDaemonSets names of CNI agent DaemonSets, whose pods tell whether a node's network agent runs
	 */
	public NodesAnalyzer(NodeGroupingProperties grouping, Set<String> cniDaemonSets) {
		this.grouping = grouping;
		this.cniDaemonSets = cniDaemonSets;
	}

	public NodesView analyze(ClusterFacts facts, Texts t) {
		Map<String, Load> loads = loads(facts);
		boolean podsKnown = facts.availability(FactKind.PODS).hasData();
		List<NodeRow> rows = new ArrayList<>(facts.nodes().size());
		for (NodeFact n : facts.nodes()) {
			rows.add(row(n, loads.getOrDefault(n.name(), podsKnown ? new Load() : Load.unknown()), podsKnown, t));
		}
		rows.sort(Comparator.comparingInt((NodeRow r) -> r.health().worstFirst()).thenComparing(NodeRow::name));
		return new NodesView(summary(facts, rows), kubeProxy(facts, t), kubelet(facts, t), grid(rows, t), rows);
	}

	private static Summary summary(ClusterFacts facts, List<NodeRow> rows) {
		int ready = 0;
		int notReady = 0;
		int pressured = 0;
		int docker = 0;
		long pods = 0;
		long capacity = 0;
		for (NodeRow r : rows) {
			if (r.health() == Health.DOWN || r.health() == Health.UNKNOWN) {
				notReady++;
			}
			else {
				ready++;
			}
			if (r.conditions().stream().anyMatch((c) -> c.bad() && !"Ready".equals(c.type()))) {
				pressured++;
			}
			pods += r.pods();
			capacity += r.podCapacity();
			docker += r.runtimeWarning().isEmpty() ? 0 : 1;
		}
		int cordoned = (int) facts.nodes().stream().filter(NodeFact::unschedulable).count();
		Availability nodes = facts.availability(FactKind.NODES);
		return new Summary(rows.size(), ready, notReady, pressured, cordoned, pods, capacity, docker,
				nodes.hasData() ? "" : nodes.reason(), facts.availability(FactKind.PODS).hasData());
	}

	private static KubeProxyView kubeProxy(ClusterFacts facts, Texts t) {
		KubeProxyMode mode = KubeProxyMode.detect(facts);
		String text = switch (mode.source()) {
			case CILIUM_CONFIG -> t.get("nodes.kube-proxy.replaced");
			case CONFIG_MAP_DEFAULT, DEFAULT_INFERRED -> t.get("nodes.kube-proxy.text." + mode.source(), mode.mode());
			default -> mode.known() ? mode.mode() : t.get("nodes.kube-proxy.unknown");
		};
		// The source names its basis: the pod whose flags were read, or the kinds that were not collected.
		String basis = mode.source() == KubeProxyMode.Source.NOT_COLLECTED ? mode.detail() : mode.pod();
		return new KubeProxyView(mode.mode(), text, t.get("nodes.kube-proxy.source." + mode.source(), basis),
				mode.source() == KubeProxyMode.Source.NOT_COLLECTED ? "" : mode.detail());
	}

	/** The settings only when the ConfigMap was read; otherwise "unknown" and the source says why. */
	private static KubeletView kubelet(ClusterFacts facts, Texts t) {
		KubeletConfig c = KubeletConfig.detect(facts);
		boolean read = c.state() == KubeletConfig.State.READ;
		String notSet = t.get("nodes.kubelet.not-set");
		String text = read ? t.get("nodes.kubelet.text", c.cgroupDriver().isEmpty() ? notSet : c.cgroupDriver(),
				c.clusterDns().isEmpty() ? notSet : String.join(", ", c.clusterDns())) : t.get("nodes.kubelet.unknown");
		String basis = switch (c.state()) {
			case READ -> c.configMap();
			case NOT_COLLECTED -> c.detail().isEmpty() ? t.get("nodes.kubelet.no-reason") : c.detail();
			case NONE -> "";
			case UNREADABLE -> c.configMap();
		};
		return new KubeletView(c.state().name(), c.configMap(), c.cgroupDriver(), c.clusterDns(), text,
				t.get("nodes.kubelet.source." + c.state(), basis, c.detail()));
	}

	private NodeRow row(NodeFact n, Load load, boolean podsKnown, Texts t) {
		NodeHealth.NodeState state = NodeHealth.state(n, t);
		Health health = state.health();
		String reason = state.reason();
		NodeFact.NodeInfo info = n.info() == null ? NodeFact.NodeInfo.UNKNOWN : n.info();
		DockerRuntime.Verdict docker = DockerRuntime.of(n, t);
		String runtimeWarning = docker.needsAttention() ? docker.text() : "";
		List<String> roles = n.roles().isEmpty() ? List.of("worker") : n.roles();
		return new NodeRow(n.name(), String.join(", ", roles), first(n, grouping.poolLabels()),
				first(n, grouping.zoneLabels()), health, reason, conditions(n, t), info.kubeletVersion(),
				info.runtimeName(), info.runtimeVersion(), runtimeWarning, info.osImage(), info.kernelVersion(),
				load.kubeProxy, load.cni, load.pods, n.allocatable().pods(), load.cpu, n.allocatable().cpuMillis(),
				load.memory, n.allocatable().memoryBytes(), docker.needsAttention() ? "" : docker.text(), podsKnown);
	}

	/**
	 * Ready, then every other condition except a known bad type that is False (MemoryPressure=False,
	 * NetworkUnavailable=False with CiliumIsUp): those say "fine" on every node and would bury the rest. A type
	 * the reference does not know is shown with its reason and message and no verdict.
	 */
	static List<ConditionRow> conditions(NodeFact n, Texts t) {
		List<ConditionRow> rows = new ArrayList<>();
		if (n.ready() != null) {
			ConditionFact r = n.ready();
			ConditionVerdict verdict = n.isReady() ? ConditionVerdict.FINE : ConditionVerdict.PROBLEM;
			rows.add(new ConditionRow("Ready", r.status(), r.reason(), r.since(), !n.isReady(), r.message(), verdict,
					verdictText(r, verdict, t)));
		}
		for (ConditionFact c : n.conditions()) {
			ConditionVerdict verdict = NodeHealth.judge(c);
			if (verdict == ConditionVerdict.FINE && !c.isTrue()) {
				continue;
			}
			rows.add(new ConditionRow(c.type(), c.status(), c.reason(), c.since(), verdict == ConditionVerdict.PROBLEM,
					c.message(), verdict, verdictText(c, verdict, t)));
		}
		return rows;
	}

	private static String verdictText(ConditionFact c, ConditionVerdict verdict, Texts t) {
		String meaning = NodeHealth.meaning(c, t);
		return switch (verdict) {
			case PROBLEM -> t.get("node.condition.problem", meaning);
			case FINE -> t.get("node.condition.fine", meaning);
			case NOT_JUDGED -> meaning.isEmpty() ? t.get("node.condition.not-judged", c.type())
					: t.get("node.condition.unknown-status", c.status());
		};
	}

	private GridView grid(List<NodeRow> rows, Texts t) {
		Map<String, List<NodeRow>> byGroup = new LinkedHashMap<>();
		rows.stream()
			.sorted(Comparator.comparing(NodeRow::pool).thenComparing(NodeRow::zone).thenComparing(NodeRow::name))
			.forEach((r) -> byGroup.computeIfAbsent(r.pool() + "\u0000" + r.zone(), (k) -> new ArrayList<>()).add(r));
		List<GridGroup> groups = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (List<NodeRow> members : byGroup.values()) {
			NodeRow first = members.get(0);
			String id = (first.pool() + "-" + first.zone()).replaceAll("[^A-Za-z0-9_-]", "_");
			// Two pools may differ only in characters a URL segment cannot carry as they are.
			String unique = id;
			for (int n = 2; !ids.add(unique); n++) {
				unique = id + "-" + n;
			}
			groups.add(group(unique, members, t));
		}
		return new GridView(rows.size(), groups);
	}

	private static GridGroup group(String id, List<NodeRow> members, Texts t) {
		List<GridTile> marked = new ArrayList<>();
		GridFills fills = new GridFills(TILE);
		StringBuilder names = new StringBuilder();
		int notReady = 0;
		int degraded = 0;
		for (int i = 0; i < members.size(); i++) {
			NodeRow r = members.get(i);
			notReady += r.health() == Health.DOWN || r.health() == Health.UNKNOWN ? 1 : 0;
			degraded += r.health() == Health.DEGRADED ? 1 : 0;
			int fill = r.podCapacity() <= 0 ? 0 : (int) Math.min(8, Math.round(8.0 * r.pods() / r.podCapacity()));
			int x = (i % GRID_COLUMNS) * TILE;
			int y = (i / GRID_COLUMNS) * TILE;
			names.append(i == 0 ? "" : " ").append(r.name());
			if (r.health() == Health.HEALTHY) {
				fills.add(x, y, fill);
			}
			else {
				marked.add(new GridTile(r.name(), x, y, fill, r.health(), t.get("nodes.tile", r.name(), r.reason(),
						r.podsKnown() ? r.pods() : Units.UNKNOWN, r.podCapacity())));
			}
		}
		NodeRow first = members.get(0);
		int columns = Math.min(members.size(), GRID_COLUMNS);
		int lines = (members.size() + GRID_COLUMNS - 1) / GRID_COLUMNS;
		String tag = GridFills.digest(first.pool() + "|" + first.zone() + "|" + members.size() + "|" + marked + "|"
				+ fills + "|" + names);
		return new GridGroup(id, first.pool(), first.zone(), members.size(), notReady, degraded, columns * TILE,
				lines * TILE, marked, fills.toString(), names.toString(), tag);
	}

	private static String first(NodeFact n, List<String> keys) {
		return keys.stream().map(n::label).filter((v) -> v != null && !v.isEmpty()).findFirst().orElse("");
	}

	/** What runs on one node, summed while passing over the pods once. */
	private static final class Load {

		long pods;

		long cpu;

		long memory;

		Health kubeProxy = Health.NOT_APPLICABLE;

		Health cni = Health.NOT_APPLICABLE;

		/** Pods were not read: whether agents run on the node is unknown, not "none runs here". */
		static Load unknown() {
			Load load = new Load();
			load.kubeProxy = Health.UNKNOWN;
			load.cni = Health.UNKNOWN;
			return load;
		}

	}

	private Map<String, Load> loads(ClusterFacts facts) {
		Map<String, Load> loads = new HashMap<>();
		for (PodFact p : facts.pods()) {
			if (!p.scheduled() || p.terminated()) {
				continue;
			}
			Load load = loads.computeIfAbsent(p.nodeName(), (k) -> new Load());
			load.pods++;
			load.cpu += p.requests().cpuMillis();
			load.memory += p.requests().memoryBytes();
			if ("DaemonSet".equals(p.ownerKind())) {
				Health h = p.ready() ? Health.HEALTHY : Health.DOWN;
				if ("kube-proxy".equals(p.ownerName())) {
					load.kubeProxy = load.kubeProxy == Health.NOT_APPLICABLE ? h : load.kubeProxy.worse(h);
				}
				else if (cniDaemonSets.contains(p.ownerName())) {
					load.cni = load.cni == Health.NOT_APPLICABLE ? h : load.cni.worse(h);
				}
			}
		}
		return loads;
	}

}
