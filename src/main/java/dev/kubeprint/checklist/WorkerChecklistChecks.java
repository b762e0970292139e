package dev.kubeprint.checklist;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.LeaseFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.NodeHealth;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.reference.ChecklistReference;

/**
 * The node half of the checklist that the Node objects answer: nodes -o wide, each node's conditions, and the
 * kubelet's heartbeat (its node Lease) in place of systemctl and journalctl, which need a shell on the node.
 * Pure; ages are measured at the facts' own moment.
 */
final class WorkerChecklistChecks {

	static final String NODES = "checklist.nodes";

	static final String CONDITIONS = "checklist.node-conditions";

	static final String KUBELET = "checklist.kubelet";

	static final String NODE_LEASES = "kube-node-lease";

	private final ChecklistReference reference;

	private final Texts t;

	private final NodeRollup rollup;

	WorkerChecklistChecks(ChecklistReference reference, Texts texts) {
		this.reference = reference;
		this.t = texts;
		this.rollup = new NodeRollup(texts);
	}

	List<Finding> check(ClusterFacts facts) {
		Availability nodes = facts.availability(FactKind.NODES);
		if (!nodes.hasData()) {
			return List.of(unavailable(NODES, "Node", nodes), unavailable(CONDITIONS, "Node", nodes),
					unavailable(KUBELET, "Node", nodes));
		}
		List<Finding> out = new ArrayList<>();
		out.add(wide(facts));
		out.addAll(rollup.roll(facts.nodes().stream()
			.map((n) -> new NodeRollup.Candidate(n.name(), conditionsLevel(n), "", () -> conditions(n)))
			.toList()));
		out.addAll(kubelets(facts));
		return out;
	}

	Finding unavailable(String check, String kind, Availability availability) {
		return Finding.of(check, FindingLevel.UNKNOWN, "nodes",
				t.get("checklist.kind.unavailable", kind, availability.state(), availability.reason()))
			.command(reference.item(check).command())
			.panel("nodes", "nodes-table");
	}

	/** Ready of total, with what -o wide adds: kubelet versions, runtimes, the not-ready nodes by name. */
	private Finding wide(ClusterFacts facts) {
		List<NodeFact> all = facts.nodes();
		String command = reference.item(NODES).command();
		if (all.isEmpty()) {
			return Finding.of(NODES, FindingLevel.WARNING, "nodes", t.get("checklist.nodes.none"))
				.command(command).panel("nodes", "nodes-table");
		}
		List<String> notReady = all.stream().filter((n) -> !n.isReady()).map(NodeFact::name).sorted().toList();
		int ready = all.size() - notReady.size();
		FindingLevel level = notReady.isEmpty() ? FindingLevel.OK : ready == 0 ? FindingLevel.CRITICAL : FindingLevel.WARNING;
		String summary = notReady.isEmpty() ? t.get("checklist.nodes.ready", ready, all.size())
				: t.get("checklist.nodes.not-ready", notReady.size(), all.size(), rollup.quoted(notReady));
		String source = t.get("checklist.source.nodes");
		Instant at = facts.get(FactKind.NODES).syncedAt();
		Finding f = Finding.of(NODES, level, "nodes", summary)
			.evidence(new Evidence(t.get("checklist.nodes.kubelets", tally(all, (n) -> n.info().kubeletVersion())), source, at))
			.evidence(new Evidence(t.get("checklist.nodes.runtimes", tally(all, (n) -> n.info().containerRuntime())), source, at))
			.evidence(all.stream().sorted(Comparator.comparing(NodeFact::isReady).thenComparing(NodeFact::name))
				.limit(NodeRollup.NAMED)
				.map((n) -> new Evidence(wideLine(n), source, at))
				.toList())
			.command(command)
			.panel("nodes", "nodes-table");
		return notReady.isEmpty() ? f : f.remedy(t.get("checklist.nodes.remedy"));
	}

	private String wideLine(NodeFact n) {
		return t.get("checklist.nodes.line", n.name(), n.isReady() ? "Ready" : "NotReady", Units.orUnknown(n.internalIp()),
				Units.orUnknown(n.info().kubeletVersion()), Units.orUnknown(n.info().containerRuntime()));
	}

	/** "v1.28.7 ×4,998, v1.27.3 ×2": distinct values with their counts, bounded by the distinct ones. */
	private static String tally(List<NodeFact> nodes, Function<NodeFact, String> value) {
		Map<String, Long> counts = new TreeMap<>(nodes.stream()
			.collect(Collectors.groupingBy((n) -> Units.orUnknown(value.apply(n)), Collectors.counting())));
		return counts.entrySet().stream().limit(NodeRollup.NAMED)
			.map((e) -> e.getKey() + " ×" + Units.count(e.getValue()))
			.collect(Collectors.joining(", ")) + (counts.size() > NodeRollup.NAMED ? ", …" : "");
	}

	/** NotReady or unknown before pressure, pressure before cordoning, as health/NodeHealth orders them. */
	static FindingLevel conditionsLevel(NodeFact n) {
		if (n.ready() == null) {
			return FindingLevel.UNKNOWN;
		}
		if (!n.isReady()) {
			return FindingLevel.CRITICAL;
		}
		if (!NodeHealth.problems(n).isEmpty()) {
			return FindingLevel.WARNING;
		}
		return n.unschedulable() ? FindingLevel.INFO : FindingLevel.OK;
	}

	/** The conditions as health/NodeHealth judges them, on the node's own words. */
	private Finding conditions(NodeFact n) {
		FindingLevel level = conditionsLevel(n);
		String summary = switch (level) {
			case UNKNOWN -> t.get("node.no-ready-condition");
			case CRITICAL -> t.get("checklist.conditions.not-ready", n.ready().status(), n.ready().reason());
			case WARNING -> t.get("checklist.conditions.problems",
					NodeHealth.problems(n).stream().map(ConditionFact::type).collect(Collectors.joining(", ")));
			case INFO -> t.get("checklist.conditions.cordoned");
			case OK -> t.get("checklist.conditions.fine");
		};
		String source = t.get("checklist.source.conditions", n.name());
		List<Evidence> evidence = new ArrayList<>();
		if (n.ready() != null) {
			evidence.add(condition(n.ready(), source));
		}
		n.conditions().forEach((c) -> evidence.add(condition(c, source)));
		Finding f = Finding.of(CONDITIONS, level, n.name(), summary).evidence(evidence)
			.command(reference.item(CONDITIONS).commandFor(n.name()))
			.panel("nodes", "nodes-table");
		return level == FindingLevel.CRITICAL || level == FindingLevel.WARNING
				? f.cause(n.ready() != null && !n.isReady() ? n.ready().message() : "").remedy(t.get("checklist.conditions.remedy"))
				: f;
	}

	private Evidence condition(ConditionFact c, String source) {
		String verdict = switch (NodeHealth.judge(c)) {
			case PROBLEM -> t.get("checklist.conditions.verdict.problem");
			case FINE -> t.get("checklist.conditions.verdict.fine");
			case NOT_JUDGED -> "Ready".equals(c.type()) ? "" : t.get("checklist.conditions.verdict.not-judged");
		};
		return new Evidence(c.type() + "=" + c.status() + (c.reason() == null || c.reason().isEmpty() ? "" : " (" + c.reason() + ")")
				+ verdict, source, c.since());
	}

	/** Heartbeats: each node's Lease renewed within its duration, at the facts' moment, with Ready beside it. */
	private List<Finding> kubelets(ClusterFacts facts) {
		Availability leases = facts.availability(FactKind.LEASES);
		if (!leases.hasData()) {
			return List.of(unavailable(KUBELET, "Lease", leases).remedy(t.get("checklist.kubelet.not-collected.remedy")));
		}
		Map<String, LeaseFact> byNode = facts.items(FactKind.LEASES).stream()
			.filter((l) -> NODE_LEASES.equals(l.namespace()))
			.collect(Collectors.toMap(LeaseFact::name, (l) -> l, (a, b) -> a));
		Instant now = facts.observedAt();
		return rollup.roll(facts.nodes().stream().map((n) -> {
			LeaseFact lease = byNode.get(n.name());
			return new NodeRollup.Candidate(n.name(), heartbeatLevel(n, lease, now), "", () -> heartbeat(n, lease, now));
		}).toList());
	}

	/** Unknown without a renewal to measure; expired before not Ready, which a live kubelet can still report. */
	static FindingLevel heartbeatLevel(NodeFact n, LeaseFact lease, Instant now) {
		if (lease == null || lease.renewTime() == null || lease.durationSeconds() == null) {
			return FindingLevel.UNKNOWN;
		}
		if (lease.expiredAt(now)) {
			return FindingLevel.CRITICAL;
		}
		return n.isReady() ? FindingLevel.OK : FindingLevel.WARNING;
	}

	private Finding heartbeat(NodeFact n, LeaseFact lease, Instant now) {
		String command = reference.item(KUBELET).commandFor(n.name());
		Evidence ready = n.ready() == null ? new Evidence(t.get("node.no-ready-condition"), t.get("checklist.source.conditions", n.name()))
				: condition(n.ready(), t.get("checklist.source.conditions", n.name()));
		if (lease == null || lease.renewTime() == null || lease.durationSeconds() == null) {
			return Finding.of(KUBELET, FindingLevel.UNKNOWN, n.name(), t.get("checklist.kubelet.no-lease", NODE_LEASES))
				.evidence(ready).command(command).panel("nodes", "nodes-table");
		}
		Duration age = lease.sinceRenewal(now);
		Evidence renewed = new Evidence(t.get("checklist.kubelet.lease", Units.duration(Math.max(0, age.toSeconds())),
				lease.durationSeconds()), t.get("checklist.source.lease", NODE_LEASES, lease.name()), lease.renewTime());
		FindingLevel level = heartbeatLevel(n, lease, now);
		String summary = switch (level) {
			case CRITICAL -> t.get("checklist.kubelet.expired", Units.duration(age.toSeconds()), lease.durationSeconds());
			case WARNING -> t.get("checklist.kubelet.alive-not-ready");
			default -> t.get("checklist.kubelet.fine");
		};
		Finding f = Finding.of(KUBELET, level, n.name(), summary).evidence(renewed, ready).command(command)
			.panel("nodes", "nodes-table");
		return level == FindingLevel.OK ? f : f.cause(t.get("checklist.kubelet.cause")).remedy(t.get("checklist.kubelet.remedy"));
	}

}
