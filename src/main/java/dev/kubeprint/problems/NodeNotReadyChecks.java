package dev.kubeprint.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.NodeHealth;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.reference.ProblemReference;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * The reference's "Node NotReady": each node whose Ready condition is not True, with what the cluster knows of
 * it (conditions, its Lease's age, kubelet and runtime, taints, the pods being evicted from it), worst first.
 * Beyond a screenful of nodes the rest are rolled up into one finding, so a zone outage is one line too many,
 * not a thousand.
 */
public final class NodeNotReadyChecks {

	static final String ID = "node-not-ready";

	static final String PAGE = "nodes";

	static final String PANEL = "nodes-table";

	/** Unreachable (Unknown) before reported not ready (False) before no condition, then longest first. */
	private static final Comparator<NodeFact> WORST_FIRST = Comparator
		.comparingInt((NodeFact n) -> (n.ready() == null) ? 2 : "Unknown".equals(n.ready().status()) ? 0 : 1)
		.thenComparing((NodeFact n) -> (n.ready() == null || n.ready().since() == null) ? java.time.Instant.MAX
				: n.ready().since())
		.thenComparing(NodeFact::name);

	private final ProblemReference problem;

	public NodeNotReadyChecks(ReferenceCatalog reference) {
		this.problem = Diagnosis.row(reference, ID);
	}

	public List<Finding> check(ClusterFacts facts, Texts texts) {
		Diagnosis d = new Diagnosis(problem, texts, facts);
		String subject = texts.get("problems.node.subject-all");
		if (!Diagnosis.readable(facts, FactKind.NODES)) {
			return List.of(d.unreadable(FactKind.NODES, subject).panel(PAGE, PANEL));
		}
		List<NodeFact> notReady = facts.nodes().stream().filter((n) -> !n.isReady()).sorted(WORST_FIRST).toList();
		if (notReady.isEmpty()) {
			return List.of(d.finding(FindingLevel.OK, subject, texts.get("problems.node.all-ready", facts.nodes().size()))
				.evidence(new Evidence(texts.get("problems.node.all-ready-evidence"), "nodes .status.conditions[Ready]",
						facts.get(FactKind.NODES).syncedAt()))
				.command(d.command("list", Map.of()))
				.panel(PAGE, PANEL));
		}
		int named = (int) d.threshold("nodesNamed");
		NodeEvictions evictions = NodeEvictions.of(facts,
				notReady.stream().map(NodeFact::name).collect(Collectors.toUnmodifiableSet()));
		Map<String, Evidence> leases = leases(d, notReady.subList(0, Math.min(named, notReady.size())));
		List<Finding> findings = new ArrayList<>();
		for (NodeFact node : notReady.subList(0, Math.min(named, notReady.size()))) {
			findings.add(node(d, node, evictions, leases.get(node.name())));
		}
		if (notReady.size() > named) {
			findings.add(rollUp(d, notReady.subList(named, notReady.size()), evictions));
		}
		return List.copyOf(findings);
	}

	private Finding node(Diagnosis d, NodeFact node, NodeEvictions evictions, Evidence lease) {
		ConditionFact ready = node.ready();
		String source = d.t.get("problems.node.conditions-of", node.name());
		List<Evidence> evidence = new ArrayList<>();
		String state = (ready == null) ? d.t.get("problems.node.no-ready")
				: d.t.get("problems.node.ready-condition", ready.status(), ready.reason(), ready.message());
		evidence.add(new Evidence(state, source, (ready != null) ? ready.since() : null));
		for (ConditionFact c : node.conditions()) {
			if (NodeHealth.judge(c) == NodeHealth.ConditionVerdict.PROBLEM || "Unknown".equals(c.status())) {
				evidence.add(new Evidence(d.t.get("problems.node.condition", c.type(), c.status(), c.reason()), source,
						c.since()));
			}
		}
		evidence.add(lease);
		evidence.add(new Evidence(d.t.get("problems.node.info", blank(d, node.info().kubeletVersion()),
				blank(d, node.info().containerRuntime())), d.t.get("problems.node.info-of", node.name()), null));
		if (!node.taints().isEmpty()) {
			evidence.add(new Evidence(String.join(", ", node.taints()), d.t.get("problems.node.taints-of", node.name()),
					null));
		}
		evidence.addAll(evictions.evidence(d, node.name()));
		boolean unknown = ready == null;
		boolean unreachable = ready != null && "Unknown".equals(ready.status());
		ProblemReference.Advice advice = problem.advice(unreachable ? "unreachable" : "not-ready");
		String summary = unknown ? d.t.get("problems.node.summary-unknown", node.name())
				: d.t.get(unreachable ? "problems.node.summary-unreachable" : "problems.node.summary-not-ready",
						node.name(), ready.reason(), evictions.pods(node.name()));
		return d.finding(unknown ? FindingLevel.UNKNOWN : FindingLevel.CRITICAL,
				d.t.get("problems.node.subject", node.name()), summary)
			.evidence(evidence)
			.cause(d.t.pick(advice.cause()))
			.remedy(d.remedy(d.t.get("problems.node.on-the-node", d.t.pick(advice.remedy()),
					String.join("; ", advice.commands()))))
			.command(d.command("describe", Map.of("node", node.name())))
			.panel(PAGE, PANEL);
	}

	private Finding rollUp(Diagnosis d, List<NodeFact> rest, NodeEvictions evictions) {
		List<String> first = rest.stream().limit(3).map(NodeFact::name).toList();
		String names = (rest.size() > first.size())
				? d.t.get("problems.node.names-and-more", String.join(", ", first), Units.count(rest.size() - first.size()))
				: String.join(", ", first);
		long pods = rest.stream().mapToLong((n) -> evictions.pods(n.name())).sum();
		return d.finding(FindingLevel.CRITICAL, d.t.get("problems.node.subject-more"),
				d.t.get("problems.node.more", Units.count(rest.size()), names, Units.count(pods)))
			.remedy(d.remedy(d.t.get("problems.node.on-the-node", d.t.pick(problem.advice("not-ready").remedy()),
					String.join("; ", problem.advice("not-ready").commands()))))
			.command(d.command("describe", Map.of("node", rest.get(0).name())))
			.panel(PAGE, PANEL);
	}

	/** Each node's Lease in kube-node-lease: the kubelet's heartbeat, which stops when the kubelet does. */
	private static Map<String, Evidence> leases(Diagnosis d, List<NodeFact> nodes) {
		Set<String> names = nodes.stream().map(NodeFact::name).collect(Collectors.toSet());
		Map<String, Evidence> found = new HashMap<>();
		if (!Diagnosis.readable(d.facts, FactKind.LEASES)) {
			Evidence missing = new Evidence(d.t.get("problems.node.lease-unreadable",
					d.facts.availability(FactKind.LEASES).reason()), "kube-node-lease", null);
			names.forEach((n) -> found.put(n, missing));
			return found;
		}
		d.facts.items(FactKind.LEASES)
			.stream()
			.filter((l) -> "kube-node-lease".equals(l.namespace()) && names.contains(l.name()) && l.renewTime() != null)
			.forEach((l) -> found.put(l.name(), new Evidence(d.t.get("problems.node.lease-age",
					Units.count(l.sinceRenewal(d.now()).toSeconds()), l.renewTime().toString()),
					"lease kube-node-lease/" + l.name(), l.renewTime())));
		for (String name : names) {
			found.computeIfAbsent(name, (n) -> new Evidence(d.t.get("problems.node.lease-missing"),
					"lease kube-node-lease/" + n, null));
		}
		return found;
	}

	private static String blank(Diagnosis d, String value) {
		return (value == null || value.isEmpty()) ? d.t.get("problems.not-reported") : value;
	}

}
