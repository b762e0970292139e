package dev.kubeprint.workloads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.workloads.WorkloadsView.NodeRow;
import dev.kubeprint.workloads.WorkloadsView.NodesPart;
import dev.kubeprint.workloads.WorkloadsView.TaintRow;

/** Each node's readiness, taints and instance type: what decides where pods can run, as the node says it. */
final class NodeTaints {

	static final String INSTANCE_TYPE = "node.kubernetes.io/instance-type";

	/** The label before 1.17, which older clusters and some providers still set alone. */
	static final String BETA_INSTANCE_TYPE = "beta.kubernetes.io/instance-type";

	static final String ZONE = "topology.kubernetes.io/zone";

	static final String BETA_ZONE = "failure-domain.beta.kubernetes.io/zone";

	/** Taints Kubernetes sets itself, with the message key of what each means. */
	private static final Map<String, String> KNOWN = Map.of("node.kubernetes.io/unreachable", "unreachable",
			"node.kubernetes.io/not-ready", "not-ready", "node.kubernetes.io/unschedulable", "unschedulable",
			"node-role.kubernetes.io/master", "control-plane", "node-role.kubernetes.io/control-plane",
			"control-plane", "node.kubernetes.io/memory-pressure", "pressure", "node.kubernetes.io/disk-pressure",
			"pressure", "node.kubernetes.io/pid-pressure", "pressure", "node.kubernetes.io/network-unavailable",
			"network-unavailable", "node.cloudprovider.kubernetes.io/uninitialized", "uninitialized");

	private NodeTaints() {
	}

	static NodesPart analyze(ClusterFacts facts, Texts t) {
		Availability a = facts.availability(FactKind.NODES);
		if (!a.hasData()) {
			return new NodesPart(Unread.of(FactKind.NODES, a, t), List.of(), List.of(), 0);
		}
		List<NodeRow> rows = new ArrayList<>();
		Map<String, Integer> types = new TreeMap<>();
		int unschedulable = 0;
		for (NodeFact n : facts.nodes()) {
			String type = label(n, INSTANCE_TYPE, BETA_INSTANCE_TYPE);
			types.merge(type.isEmpty() ? t.get("workloads.nodes.no-type") : type, 1, Integer::sum);
			unschedulable += n.unschedulable() ? 1 : 0;
			String ready = n.ready() == null ? t.get("workloads.nodes.ready-unreported") : n.ready().status();
			rows.add(new NodeRow(n.name(), ready, n.isReady(), type, label(n, ZONE, BETA_ZONE), n.unschedulable(),
					n.taints().stream().map((taint) -> taint(taint, t)).toList()));
		}
		// What needs a look comes first, so that it is on the panel's first page however many nodes there are.
		rows.sort(Comparator.comparing(NodeRow::isReady)
			.thenComparing((NodeRow r) -> r.taints().isEmpty() && !r.unschedulable())
			.thenComparing(NodeRow::name));
		List<String> typeCounts = types.entrySet().stream().map((e) -> e.getKey() + " × " + e.getValue()).toList();
		return new NodesPart("", rows, typeCounts, unschedulable);
	}

	private static String label(NodeFact n, String key, String older) {
		String value = n.label(key);
		if (value == null || value.isEmpty()) {
			value = n.label(older);
		}
		return value == null ? "" : value;
	}

	/** "key=value:Effect" as the node projection writes it, split into the taint and its effect. */
	static TaintRow taint(String described, Texts t) {
		int colon = described.lastIndexOf(':');
		String taint = colon < 0 ? described : described.substring(0, colon);
		String effect = colon < 0 ? "" : described.substring(colon + 1);
		int equals = taint.indexOf('=');
		String key = equals < 0 ? taint : taint.substring(0, equals);
		String meaning = KNOWN.get(key);
		return new TaintRow(taint, effect, meaning == null ? t.get("workloads.taint.custom", effect)
				: t.get("workloads.taint." + meaning));
	}

}
