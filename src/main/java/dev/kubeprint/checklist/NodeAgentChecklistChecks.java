package dev.kubeprint.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.health.DockerRuntime;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.nodes.KubeProxyMode;
import dev.kubeprint.reference.ChecklistReference;

/**
 * The agents beside the kubelet: the container runtime each kubelet reports (for crictl, which needs the node)
 * and kube-proxy, its pod per node and its mode (for its logs, iptables and ipvsadm). Pure.
 */
final class NodeAgentChecklistChecks {

	static final String RUNTIME = "checklist.runtime";

	static final String KUBE_PROXY = "checklist.kube-proxy";

	private final ChecklistReference reference;

	private final Texts t;

	private final NodeRollup rollup;

	NodeAgentChecklistChecks(ChecklistReference reference, Texts texts) {
		this.reference = reference;
		this.t = texts;
		this.rollup = new NodeRollup(texts);
	}

	List<Finding> check(ClusterFacts facts, WorkerChecklistChecks workers) {
		Availability nodes = facts.availability(FactKind.NODES);
		if (!nodes.hasData()) {
			return List.of(workers.unavailable(RUNTIME, "Node", nodes), workers.unavailable(KUBE_PROXY, "Node", nodes));
		}
		List<Finding> out = new ArrayList<>(rollup.roll(facts.nodes().stream()
			.map((n) -> new NodeRollup.Candidate(n.name(), runtimeLevel(n), runtime(n.info()), () -> runtime(n)))
			.toList()));
		out.addAll(kubeProxy(facts, workers));
		return out;
	}

	private static String runtime(NodeFact.NodeInfo info) {
		return info == null ? "" : info.containerRuntime();
	}

	private static String readyMessage(NodeFact n) {
		return n.ready() == null || n.ready().message() == null ? "" : n.ready().message();
	}

	/**
	 * The kubelet reports Ready only while its runtime answers its status calls, so a runtime named by a Ready
	 * node is shown working; on a node that is not Ready its state is unknown unless the kubelet blames it.
	 * Docker is judged by the kubelet's version (dockershim before 1.24, cri-dockerd after).
	 */
	private FindingLevel runtimeLevel(NodeFact n) {
		if (runtime(n.info()).isEmpty()) {
			return FindingLevel.UNKNOWN;
		}
		if ("docker".equals(n.info().runtimeName())) {
			return switch (DockerRuntime.of(n, t).kind()) {
				case DOCKERSHIM -> FindingLevel.INFO;
				case CRI_DOCKERD -> FindingLevel.OK;
				case CRI_DOCKERD_NOT_READY -> FindingLevel.WARNING;
				default -> FindingLevel.UNKNOWN;
			};
		}
		if (n.isReady()) {
			return FindingLevel.OK;
		}
		return readyMessage(n).toLowerCase().contains("runtime") ? FindingLevel.CRITICAL : FindingLevel.UNKNOWN;
	}

	private Finding runtime(NodeFact n) {
		String runtime = runtime(n.info());
		FindingLevel level = runtimeLevel(n);
		String command = reference.item(RUNTIME).commandFor(n.name());
		Evidence reported = new Evidence("containerRuntimeVersion: " + (runtime.isEmpty() ? "—" : runtime),
				t.get("checklist.source.node-info", n.name()));
		if (runtime.isEmpty()) {
			return Finding.of(RUNTIME, level, n.name(), t.get("checklist.runtime.none")).evidence(reported)
				.command(command).panel("nodes", "nodes-table");
		}
		if ("docker".equals(n.info().runtimeName())) {
			return Finding.of(RUNTIME, level, n.name(), t.get("checklist.runtime.docker", runtime, DockerRuntime.of(n, t).text()))
				.evidence(reported).command(command).panel("versions", "versions-changes");
		}
		String summary = switch (level) {
			case OK -> t.get("checklist.runtime.fine", n.info().runtimeName(), n.info().runtimeVersion());
			case CRITICAL -> t.get("checklist.runtime.down", runtime, readyMessage(n));
			default -> t.get("checklist.runtime.not-ready", runtime);
		};
		return Finding.of(RUNTIME, level, n.name(), summary).evidence(reported).command(command).panel("nodes", "nodes-table");
	}

	/** The mode first (replaced by the CNI is information, not a failure), then a ready pod on every node. */
	private List<Finding> kubeProxy(ClusterFacts facts, WorkerChecklistChecks workers) {
		KubeProxyMode mode = KubeProxyMode.detect(facts);
		String command = reference.item(KUBE_PROXY).command();
		if (mode.replacedByCilium()) {
			return List.of(Finding.of(KUBE_PROXY, FindingLevel.INFO, "kube-proxy", t.get("checklist.kube-proxy.replaced", mode.detail()))
				.evidence(new Evidence(mode.detail(), "ConfigMap kube-system/cilium-config"))
				.command(command).panel("network", "network-cni"));
		}
		if (mode.source() == KubeProxyMode.Source.EMBEDDED) {
			return List.of(Finding.of(KUBE_PROXY, FindingLevel.INFO, "kube-proxy", t.get("checklist.kube-proxy.embedded"))
				.command(command).panel("nodes", "nodes-summary"));
		}
		Availability pods = facts.availability(FactKind.PODS);
		if (!pods.hasData()) {
			return List.of(workers.unavailable(KUBE_PROXY, "Pod", pods));
		}
		List<Finding> out = new ArrayList<>();
		out.add(mode(mode, command));
		Map<String, List<PodFact>> byNode = KubeProxyMode.kubeProxyPods(facts).stream()
			.filter(PodFact::scheduled)
			.collect(Collectors.groupingBy(PodFact::nodeName));
		if (byNode.isEmpty()) {
			out.add(Finding.of(KUBE_PROXY, FindingLevel.UNKNOWN, "kube-proxy", t.get("checklist.kube-proxy.no-pods"))
				.command(command).panel("nodes", "nodes-summary"));
			return out;
		}
		out.addAll(rollup.roll(facts.nodes().stream().map((n) -> {
			List<PodFact> onNode = byNode.getOrDefault(n.name(), List.of());
			FindingLevel level = onNode.stream().anyMatch(PodFact::ready) ? FindingLevel.OK : FindingLevel.WARNING;
			return new NodeRollup.Candidate(n.name(), level, "", () -> pod(n, onNode));
		}).toList()));
		return out;
	}

	private Finding mode(KubeProxyMode mode, String command) {
		String source = mode.pod().isEmpty() ? t.get("checklist.kube-proxy.mode.source." + mode.source())
				: t.get("checklist.kube-proxy.mode.pod", mode.pod());
		Finding f = mode.known()
				? Finding.of(KUBE_PROXY, FindingLevel.INFO, "kube-proxy mode", t.get("checklist.kube-proxy.mode", mode.mode(),
						mode.detail().isEmpty() ? t.get("checklist.kube-proxy.mode.default") : mode.detail()))
				: Finding.of(KUBE_PROXY, FindingLevel.UNKNOWN, "kube-proxy mode", t.get("checklist.kube-proxy.mode.unknown",
						mode.detail().isEmpty() ? "—" : mode.detail()));
		return f.evidence(new Evidence(mode.source() + (mode.detail().isEmpty() ? "" : ": " + mode.detail()), source))
			.command(command).panel("nodes", "nodes-summary");
	}

	private Finding pod(NodeFact n, List<PodFact> pods) {
		if (pods.isEmpty()) {
			return Finding.of(KUBE_PROXY, FindingLevel.WARNING, n.name(), t.get("checklist.kube-proxy.missing"))
				.cause(t.get("checklist.kube-proxy.missing.cause"))
				.command(reference.item(KUBE_PROXY).command()).panel("nodes", "nodes-table");
		}
		PodFact pod = pods.stream().sorted(Comparator.comparing(PodFact::ready).reversed()).findFirst().orElseThrow();
		String command = reference.item(KUBE_PROXY).commandFor(pod.name());
		Evidence evidence = new Evidence(t.get("checklist.kube-proxy.pod", pod.name(), pod.phase(), pod.ready(), pod.restarts()),
				t.get("checklist.source.pod", pod.namespace(), pod.name()));
		Finding f = pod.ready() ? Finding.of(KUBE_PROXY, FindingLevel.OK, n.name(), t.get("checklist.kube-proxy.ready"))
				: Finding.of(KUBE_PROXY, FindingLevel.WARNING, n.name(), t.get("checklist.kube-proxy.not-ready", pod.phase()))
					.cause(pod.reason() == null ? "" : pod.reason()).remedy(t.get("checklist.kube-proxy.remedy"));
		return f.evidence(evidence).command(command).panel("nodes", "nodes-table");
	}

}
