package dev.kubeprint.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.findings.ReadAt;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.NetworkView.NetworkRange;
import dev.kubeprint.reference.CniReference;

/**
 * What the network page states, as findings: the CNI agent's readiness from its DaemonSet, node pod blocks
 * filling up, and ranges whose sources disagree or overlap. Pods outside their node's block are information: a
 * CNI with its own IPAM (Calico) does that by design.
 */
final class NetworkChecks {

	static final String PAGE = "network";

	private final List<CniReference> cnis;

	NetworkChecks(List<CniReference> cnis) {
		this.cnis = cnis;
	}

	List<Finding> check(ClusterFacts facts, Texts t, NetworkView view) {
		Instant at = ReadAt.of(facts);
		List<Finding> findings = new ArrayList<>(agent(facts, t, view, at));
		String podsOutside = podsOutside(facts, t);
		String nodesUnread = facts.availability(FactKind.NODES).hasData() ? null
				: t.get("network.range.not-collected", facts.availability(FactKind.NODES).reason());
		for (NetworkRange r : view.ranges()) {
			for (String warning : r.warnings()) {
				FindingLevel level = warning.equals(podsOutside) ? FindingLevel.INFO
						: warning.equals(nodesUnread) ? FindingLevel.UNKNOWN : FindingLevel.WARNING;
				findings.add(Finding.of("network.ranges", level, r.name(), warning)
					.evidence(new Evidence(warning, r.configuredIn(), at))
					.panel(PAGE, "network-ranges"));
			}
		}
		NetworkView.IpUseView ip = view.ipUse();
		if (ip != null && ip.nodesOver80() > 0) {
			List<Evidence> evidence = ip.busiest()
				.stream()
				.filter((n) -> n.percent() > 80)
				.limit(5)
				.map((n) -> new Evidence(t.get("network.finding.ip-use.node", n.node(), n.pods(), n.addresses(),
						n.podCidr(), n.percent()), t.get("network.finding.ip-use.source", n.node()), at))
				.toList();
			findings.add(Finding.of("network.ip-use", FindingLevel.WARNING, t.get("network.finding.ip-use.subject"),
					t.get("network.finding.ip-use.over80", ip.nodesOver80()))
				.evidence(evidence)
				.remedy(t.get("network.finding.ip-use.remedy"))
				.command("kubectl get nodes -o custom-columns=NAME:.metadata.name,PODCIDR:.spec.podCIDR")
				.panel(PAGE, "network-ip-use"));
		}
		return findings;
	}

	private List<Finding> agent(ClusterFacts facts, Texts t, NetworkView view, Instant at) {
		if (!facts.availability(FactKind.DAEMON_SETS).hasData()) {
			String why = facts.availability(FactKind.DAEMON_SETS).reason();
			return List.of(Finding.of("network.cni-agent", FindingLevel.UNKNOWN, t.get("network.finding.cni.subject"),
					t.get("network.finding.cni.unread", why))
				.evidence(new Evidence(why, "daemonsets", at))
				.panel(PAGE, "network-cni"));
		}
		if ("none".equals(view.cni().id())) {
			return List.of(Finding.of("network.cni-agent", FindingLevel.CRITICAL, view.cni().name(),
					t.get("network.finding.cni.none"))
				.evidence(view.cni().evidence().stream().map((e) -> new Evidence(e, "nodes", at)).toList())
				.remedy(t.get("network.finding.cni.none.remedy"))
				.command("kubectl get nodes -o wide")
				.panel(PAGE, "network-cni"));
		}
		DaemonSetFact agent = agentOf(facts, t);
		if (agent == null) {
			return List.of();
		}
		String subject = "DaemonSet " + agent.namespace() + "/" + agent.name();
		String fact = t.get("network.cni.ready", agent.ready(), agent.desired());
		FindingLevel level = agent.ready() >= agent.desired() ? FindingLevel.OK
				: agent.ready() == 0 ? FindingLevel.CRITICAL : FindingLevel.WARNING;
		Finding f = Finding.of("network.cni-agent", level, subject, level == FindingLevel.OK
				? t.get("network.finding.cni.ready", view.cni().name(), fact)
				: t.get("network.finding.cni.not-ready", view.cni().name(), fact))
			.evidence(new Evidence(fact, t.get("network.finding.cni.source", subject), at))
			.command("kubectl -n " + agent.namespace() + " get pods -o wide")
			.panel(PAGE, "network-cni");
		return List.of(level == FindingLevel.OK ? f : f.remedy(t.get("network.finding.cni.remedy")));
	}

	/** The agent DaemonSet as the page finds it: a reference CNI's, else kindnet's. */
	private DaemonSetFact agentOf(ClusterFacts facts, Texts t) {
		Map<String, ConfigMapFact> maps = new HashMap<>();
		for (ConfigMapFact c : facts.items(FactKind.CONFIG_MAPS)) {
			maps.putIfAbsent(c.name(), c);
		}
		CniDetection.Detected detected = new CniDetection(cnis).detect(facts, maps);
		if (detected.daemonSet() != null) {
			return detected.daemonSet();
		}
		return detected.cni() == null ? AgentlessCni.find(facts, t).map(AgentlessCni.Found::agent).orElse(null) : null;
	}

	/** The page's own words for pods outside their node's block, to tell that warning from the others. */
	private static String podsOutside(ClusterFacts facts, Texts t) {
		List<String> outside = PodsOutside.find(facts);
		return outside.isEmpty() ? null
				: t.get("network.warning.pods-outside", outside.size(), NetworkAnalyzer.names(outside));
	}

}
