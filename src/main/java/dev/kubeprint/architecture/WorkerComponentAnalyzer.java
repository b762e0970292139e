package dev.kubeprint.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.kubeprint.health.ComponentView.InstanceView;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.ServerVersion;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.AgentlessCni;
import dev.kubeprint.nodes.KubeProxyMode;
import dev.kubeprint.reference.CniReference;
import dev.kubeprint.reference.ComponentReference;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.health.DockerRuntime;
import dev.kubeprint.health.Health;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.ControlPlaneAnalyzer;

/** The worker-node table of the reference with live columns, each row rolled up over all nodes. */
public final class WorkerComponentAnalyzer {

	private final ReferenceCatalog reference;

	public WorkerComponentAnalyzer(ReferenceCatalog reference) {
		this.reference = reference;
	}

	public List<ComponentView> analyze(ClusterFacts facts, Texts t) {
		return reference.workerNodeComponents().stream().map((c) -> component(c, facts, t)).toList();
	}

	private record Live(String summary, Health health, String reason, String evidence) {
	}

	private ComponentView component(ComponentReference ref, ClusterFacts facts, Texts t) {
		Live live = switch (ref.id()) {
			case "kubelet" -> kubelet(facts, t);
			case "kube-proxy" -> kubeProxy(facts, t);
			case "container-runtime" -> runtime(facts, t);
			default -> cni(facts, t);
		};
		String name = "cni-plugin".equals(ref.id()) ? detectCni(facts).map(CniReference::name)
			.or(() -> AgentlessCni.find(facts, t).map(AgentlessCni.Found::id))
			.orElse("") : "";
		return new ComponentView(ref.id(), String.join("/", ref.ports()), t.pick(ref.portNotes()),
				t.pick(ref.function()), null, name, t.pick(ref.failureImpact()), ref.metrics(), ref.diagnose(),
				List.<InstanceView>of(), live.summary(), live.health(), live.reason(), live.evidence(), "");
	}

	private static Live kubelet(ClusterFacts facts, Texts t) {
		if (!facts.availability(FactKind.NODES).hasData()) {
			return new Live("—", Health.UNKNOWN, facts.availability(FactKind.NODES).reason(), "");
		}
		List<NodeFact> nodes = facts.nodes();
		List<String> notReady = nodes.stream().filter((n) -> !n.isReady()).map(NodeFact::name).toList();
		int ready = nodes.size() - notReady.size();
		String reason = notReady.isEmpty() ? t.get("kubelet.all-ready", nodes.size())
				: t.get("kubelet.not-ready", notReady.size(), nodes.size(), names(notReady));
		return new Live(t.get("summary.ready", ready, nodes.size()), Health.ofReady(ready, nodes.size()), reason,
				t.get("evidence.node-ready"));
	}

	/**
	 * kube-proxy wherever a distribution puts it: a DaemonSet (kubeadm, EKS, AKS), static pods kube-proxy-&lt;node&gt;
	 * (GKE, RKE2), inside the k3s process, or replaced by Cilium.
	 */
	private static Live kubeProxy(ClusterFacts facts, Texts t) {
		Optional<DaemonSetFact> ds = daemonSet(facts, "kube-proxy");
		if (ds.isPresent()) {
			return fromDaemonSet(ds.get(), t);
		}
		KubeProxyMode mode = KubeProxyMode.detect(facts);
		if (mode.replacedByCilium()) {
			return new Live("—", Health.NOT_APPLICABLE, t.get("kube-proxy.replaced", mode.detail()),
					t.get("evidence.cilium-config"));
		}
		List<PodFact> pods = KubeProxyMode.kubeProxyPods(facts);
		if (!pods.isEmpty()) {
			int ready = (int) pods.stream().filter(PodFact::ready).count();
			List<String> notReady = pods.stream().filter((p) -> !p.ready()).map(PodFact::name).toList();
			String reason = notReady.isEmpty() ? t.get("kube-proxy.pods.all-ready", pods.size(), pods.get(0).name())
					: t.get("kube-proxy.pods.not-ready", notReady.size(), pods.size(), names(notReady));
			return new Live(t.get("summary.ready", ready, pods.size()), Health.ofReady(ready, pods.size()), reason,
					t.get("evidence.pods"));
		}
		if (mode.source() == KubeProxyMode.Source.EMBEDDED) {
			return new Live("—", Health.NOT_APPLICABLE, t.get("kube-proxy.embedded"), t.get("evidence.node-info"));
		}
		List<String> missing = new ArrayList<>();
		for (FactKind<?> kind : List.of(FactKind.DAEMON_SETS, FactKind.PODS)) {
			if (!facts.availability(kind).hasData()) {
				missing.add(kind.kind() + ": " + facts.availability(kind).reason());
			}
		}
		if (!missing.isEmpty()) {
			return new Live("—", Health.UNKNOWN, t.get("kube-proxy.not-collected", String.join("; ", missing)), "");
		}
		return new Live("—", Health.UNKNOWN, t.get("kube-proxy.absent"), t.get("evidence.daemonset"));
	}

	private static Live runtime(ClusterFacts facts, Texts t) {
		if (!facts.availability(FactKind.NODES).hasData()) {
			return new Live("—", Health.UNKNOWN, facts.availability(FactKind.NODES).reason(), "");
		}
		Map<String, Long> runtimes = facts.nodes()
			.stream()
			.map((n) -> n.info().containerRuntime().replace("://", " "))
			.filter((r) -> !r.isBlank())
			.collect(Collectors.groupingBy((r) -> r, TreeMap::new, Collectors.counting()));
		String summary = runtimes.entrySet()
			.stream()
			.map((e) -> t.get("runtime.count", e.getKey(), e.getValue()))
			.collect(Collectors.joining(", "));
		// Judged per node by its own kubelet: docker is dockershim before 1.24 and cri-dockerd after.
		List<String> docker = facts.nodes()
			.stream()
			.filter((n) -> DockerRuntime.of(n, t).needsAttention())
			.map(NodeFact::name)
			.toList();
		if (!docker.isEmpty()) {
			return new Live(summary, Health.DEGRADED, t.get("runtime.docker", docker.size(), names(docker)),
					t.get("evidence.node-info"));
		}
		if (runtimes.isEmpty()) {
			return new Live("—", Health.UNKNOWN, t.get("runtime.unknown"), t.get("evidence.node-info"));
		}
		return new Live(summary, Health.HEALTHY, t.get("runtime.ok", summary), t.get("evidence.node-info"));
	}

	private Live cni(ClusterFacts facts, Texts t) {
		Optional<CniReference> cni = detectCni(facts);
		if (cni.isEmpty()) {
			// The network page's own detection, so the chip never says less or otherwise than the page.
			return AgentlessCni.find(facts, t).map((f) -> agentless(f, t))
				.orElseGet(() -> new Live("—", Health.UNKNOWN, AgentlessCni.unrecognised(facts, t),
						t.get("evidence.daemonset")));
		}
		DaemonSetFact ds = cniDaemonSet(facts, cni.get()).orElseThrow();
		Live live = fromDaemonSet(ds, t);
		return new Live(live.summary(), live.health(), cni.get().name() + ": " + live.reason(), live.evidence());
	}

	private Live agentless(AgentlessCni.Found found, Texts t) {
		if (found.agent() != null) {
			Live live = fromDaemonSet(found.agent(), t);
			return new Live(live.summary(), live.health(), found.name() + ": " + live.reason(), live.evidence());
		}
		Health health = "none".equals(found.id()) ? Health.DOWN : Health.UNKNOWN;
		return new Live(found.id(), health, found.name() + ": " + String.join("; ", found.evidence()),
				t.get("evidence.cni-inference"));
	}

	/** The CNI whose agent DaemonSet (by name or image) runs here. */
	Optional<CniReference> detectCni(ClusterFacts facts) {
		return reference.cnis().stream().filter((c) -> cniDaemonSet(facts, c).isPresent()).findFirst();
	}

	private static Optional<DaemonSetFact> cniDaemonSet(ClusterFacts facts, CniReference cni) {
		return facts.items(FactKind.DAEMON_SETS)
			.stream()
			.filter((d) -> cni.detect().daemonSets().contains(d.name())
					|| d.images().stream().anyMatch((i) -> cni.detect().images().stream().anyMatch(i::contains)))
			.findFirst();
	}

	private static Optional<DaemonSetFact> daemonSet(ClusterFacts facts, String name) {
		return facts.items(FactKind.DAEMON_SETS)
			.stream()
			.filter((d) -> ControlPlaneAnalyzer.SYSTEM.equals(d.namespace()) && name.equals(d.name()))
			.findFirst();
	}

	private static Live fromDaemonSet(DaemonSetFact ds, Texts t) {
		Health health = Health.ofReady(ds.ready(), ds.desired());
		String reason = ds.ready() >= ds.desired() ? t.get("daemonset.all-ready", ds.name(), ds.desired())
				: t.get("daemonset.not-ready", ds.name(), ds.desired() - ds.ready(), ds.desired());
		return new Live(t.get("summary.ready", ds.ready(), ds.desired()), health, reason,
				t.get("evidence.daemonset"));
	}

	static String names(List<String> names) {
		return names.size() <= 5 ? String.join(", ", names)
				: String.join(", ", names.subList(0, 5)) + " (+" + (names.size() - 5) + ")";
	}

}
