package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;

/**
 * The pod networks the reference's CNI table does not list, recognised by what the data proves: kindnet by
 * its DaemonSet, Docker Desktop's built-in network by its node, no CNI by the kubelet's NotReady message, and
 * kubenet by inference (no CNI agent, pods on their node's podCIDR). The overview reads it too, so the CNI
 * chip and the network page say the same.
 */
public final class AgentlessCni {

	/**
	 * @param agent the DaemonSet that runs it, or null when nothing runs as an agent
	 * @param evidence what proves it, each with its basis
	 */
	public record Found(String id, String name, DaemonSetFact agent, List<String> evidence) {

		public Found {
			evidence = List.copyOf(evidence);
		}

	}

	private AgentlessCni() {
	}

	public static Optional<Found> find(ClusterFacts facts, Texts t) {
		for (DaemonSetFact d : facts.items(FactKind.DAEMON_SETS)) {
			if (d.name().startsWith("kindnet") || d.images().stream().anyMatch((i) -> i.contains("kindnetd"))) {
				return Optional.of(new Found("kindnet", "kindnet", d, List.of(CniDetection.describe(d))));
			}
		}
		for (NodeFact n : facts.nodes()) {
			Optional<String> notReady = Optional.ofNullable(n.ready())
				.filter((c) -> !c.isTrue())
				.map(ConditionFact::message)
				.filter((m) -> m.contains("cni config uninitialized") || m.contains("network plugin is not ready"));
			if (notReady.isPresent()) {
				return Optional.of(new Found("none", t.get("network.cni.none-installed"), null,
						List.of(t.get("network.cni.evidence.not-ready", n.name(), notReady.get()))));
			}
		}
		if (facts.nodes().stream().anyMatch((n) -> "docker-desktop".equals(n.name()))
				|| facts.pods().stream().anyMatch((p) -> p.name().startsWith("vpnkit-controller"))) {
			return Optional.of(new Found("docker-desktop", t.get("network.cni.docker-desktop"), null,
					List.of(t.get("network.cni.evidence.docker-desktop"))));
		}
		return kubenet(facts, t);
	}

	/** Only when DaemonSets and pods were read: without them "no agent" is not known. */
	private static Optional<Found> kubenet(ClusterFacts facts, Texts t) {
		if (!facts.availability(FactKind.DAEMON_SETS).hasData() || !facts.availability(FactKind.PODS).hasData()
				|| !PodsOutside.find(facts).isEmpty() || !PodsOutside.anyInside(facts)) {
			return Optional.empty();
		}
		List<String> evidence = new ArrayList<>();
		evidence.add(t.get("network.cni.evidence.no-agent", facts.items(FactKind.DAEMON_SETS).size()));
		facts.nodes()
			.stream()
			.filter((n) -> !n.podCidrs().isEmpty())
			.findFirst()
			.ifPresent((n) -> evidence.add(t.get("network.cni.evidence.node-block", n.name(), n.podCidrs().get(0),
					n.internalIp().isEmpty() ? "—" : n.internalIp())));
		return Optional.of(new Found("kubenet", t.get("network.cni.kubenet"), null, evidence));
	}

	/** Why no CNI could be named, with every kind the answer needed that was not read. */
	public static String unrecognised(ClusterFacts facts, Texts t) {
		Availability daemonSets = facts.availability(FactKind.DAEMON_SETS);
		if (!daemonSets.hasData()) {
			return t.get("network.cni.unknown.no-daemonsets", daemonSets.reason());
		}
		List<String> missing = new ArrayList<>();
		for (FactKind<?> kind : List.of(FactKind.CONFIG_MAPS, FactKind.PODS)) {
			if (!facts.availability(kind).hasData()) {
				missing.add(kind.resourceName() + " (" + facts.availability(kind).reason() + ")");
			}
		}
		return missing.isEmpty() ? t.get("network.cni.unknown")
				: t.get("network.cni.unknown.partial", String.join(", ", missing));
	}

}
