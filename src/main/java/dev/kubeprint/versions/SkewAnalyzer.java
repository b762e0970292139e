package dev.kubeprint.versions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.Availability.State;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.AddOnVersions;
import dev.kubeprint.versions.VersionsView.AgentCount;
import dev.kubeprint.versions.VersionsView.SkewRow;
import dev.kubeprint.versions.VersionsView.SkewView;
import dev.kubeprint.versions.VersionsView.Status;
import dev.kubeprint.versions.VersionsView.VersionCount;

/**
 * The version-skew policy applied to what was read. What was not read is said: no nodes means no verdict on
 * kubelets, an unknown API server means no verdict at all, never "every kubelet is within the policy".
 */
final class SkewAnalyzer {

	private SkewAnalyzer() {
	}

	static SkewView skew(ClusterFacts facts, ClusterVersion cluster, List<PodFact> controlPlane,
			AddOnVersions reference, Texts t) {
		String nodesUnknown = nodesUnknown(facts, t);
		List<VersionCount> kubelets = kubelets(facts, cluster.minor());
		List<AgentCount> agents = agents(facts, t);
		var addOns = AddOnChecks.check(facts, cluster, reference, t);
		if (!cluster.known()) {
			return new SkewView("", "", List.of(), List.of(), kubelets, 0,
					t.get("versions.unknown-version") + " (" + cluster.basis() + ")", nodesUnknown, cluster.basis(),
					agents, addOns);
		}
		int api = cluster.minor().getAsInt();
		int allowance = SkewPolicy.nodeAgentAllowance(api);
		List<SkewRow> offenders = new ArrayList<>();
		for (NodeFact n : facts.nodes()) {
			if (n.info() != null) {
				agent("kubelet", n.name(), n.info().kubeletVersion(), api, allowance, offenders, t);
				agent("kube-proxy", n.name(), n.info().kubeProxyVersion(), api, allowance, offenders, t);
			}
		}
		offenders.sort(Comparator.comparingInt((SkewRow r) -> -Math.abs(r.minorsBehind()))
			.thenComparing(SkewRow::where)
			.thenComparing(SkewRow::component));
		return new SkewView(cluster.version(), t.get("versions.skew.rule", allowance, "1." + api),
				components(controlPlane, api, t), offenders, kubelets, allowance, "", nodesUnknown, cluster.basis(),
				agents, addOns);
	}

	/** Zero nodes is no proof that none is outside the policy: it is nothing known. */
	static String nodesUnknown(ClusterFacts facts, Texts t) {
		Availability nodes = facts.availability(FactKind.NODES);
		if (nodes.state() == State.NOT_COLLECTED) {
			return t.get("versions.skew.nodes-not-collected");
		}
		if (!nodes.hasData()) {
			return t.get("versions.skew.nodes-unreadable", nodes.reason());
		}
		return facts.nodes().isEmpty() ? t.get("versions.skew.no-nodes") : "";
	}

	private static List<SkewRow> components(List<PodFact> controlPlane, int api, Texts t) {
		List<SkewRow> components = new ArrayList<>();
		for (PodFact p : controlPlane) {
			String version = SkewPolicy.tag(p.image());
			OptionalInt minor = SkewPolicy.minor(version);
			if (minor.isEmpty()) {
				// Out-of-tree cloud controllers (Alibaba's v2.9, AWS's) follow their own versions, not the skew policy.
				components.add(new SkewRow(p.component(), p.nodeName(), version, 0, Status.NOT_APPLICABLE,
						t.get("versions.skew.unreadable")));
				continue;
			}
			int behind = api - minor.getAsInt();
			components.add(new SkewRow(p.component(), p.nodeName(), version, behind,
					SkewPolicy.controlPlane(api, minor.getAsInt()), verdict(behind, 1, t)));
		}
		components.sort(Comparator.comparing(SkewRow::component).thenComparing(SkewRow::where));
		return components;
	}

	private static List<VersionCount> kubelets(ClusterFacts facts, OptionalInt api) {
		Map<String, int[]> counts = new TreeMap<>();
		for (NodeFact n : facts.nodes()) {
			if (n.info() != null) {
				counts.computeIfAbsent(n.info().kubeletVersion(), (k) -> new int[1])[0]++;
			}
		}
		List<VersionCount> versions = new ArrayList<>();
		counts.forEach((version, count) -> {
			OptionalInt minor = SkewPolicy.minor(version);
			boolean judged = minor.isPresent() && api.isPresent();
			versions.add(new VersionCount(version, count[0], judged ? api.getAsInt() - minor.getAsInt() : 0,
					judged ? SkewPolicy.nodeAgent(api.getAsInt(), minor.getAsInt()) : Status.UNKNOWN));
		});
		return versions;
	}

	/** kube-proxy's nodeInfo version is deprecated and empty on rke2: an empty one is unknown, not "". */
	private static List<AgentCount> agents(ClusterFacts facts, Texts t) {
		Map<String, int[]> proxies = new TreeMap<>();
		Map<String, int[]> runtimes = new TreeMap<>();
		for (NodeFact n : facts.nodes()) {
			if (n.info() != null) {
				proxies.computeIfAbsent(n.info().kubeProxyVersion(), (k) -> new int[1])[0]++;
				runtimes.computeIfAbsent(n.info().containerRuntime(), (k) -> new int[1])[0]++;
			}
		}
		List<AgentCount> agents = new ArrayList<>();
		proxies.forEach((v, c) -> agents.add(new AgentCount("kube-proxy", v,
				v.isBlank() ? t.get("versions.agent.kube-proxy-empty") : v, c[0], v.isBlank() ? Status.UNKNOWN : Status.INFO)));
		runtimes.forEach((v, c) -> agents.add(new AgentCount("container runtime", v,
				v.isBlank() ? t.get("versions.agent.runtime-empty") : v, c[0], v.isBlank() ? Status.UNKNOWN : Status.INFO)));
		return agents;
	}

	/** kube-proxy's version in nodeInfo is deprecated and may be blank: a blank one is not an offence. */
	private static void agent(String component, String node, String version, int api, int allowance,
			List<SkewRow> offenders, Texts t) {
		OptionalInt minor = SkewPolicy.minor(version);
		if (minor.isEmpty()) {
			return;
		}
		Status status = SkewPolicy.nodeAgent(api, minor.getAsInt());
		if (status == Status.FAIL) {
			int behind = api - minor.getAsInt();
			offenders.add(new SkewRow(component, node, version, behind, status, verdict(behind, allowance, t)));
		}
	}

	private static String verdict(int behind, int allowance, Texts t) {
		if (behind < 0) {
			return t.get("versions.skew.newer");
		}
		if (behind == 0) {
			return t.get("versions.skew.same");
		}
		return t.get(behind > allowance ? "versions.skew.too-old" : "versions.skew.allowed", behind, allowance);
	}

}
