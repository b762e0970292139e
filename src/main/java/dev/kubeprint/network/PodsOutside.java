package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;

/**
 * Pods whose IP is not in their node's podCIDR. Calico IPAM and other CNIs hand out addresses from their own
 * blocks, so then the node blocks say nothing about how full the network is.
 */
final class PodsOutside {

	private PodsOutside() {
	}

	/** "namespace/name ip (node podCIDR)" of each such pod. */
	static List<String> find(ClusterFacts facts) {
		Map<String, List<Cidr>> blocks = new HashMap<>();
		for (NodeFact n : facts.nodes()) {
			blocks.put(n.name(), n.podCidrs().stream().map(Cidr::parse).flatMap(Optional::stream).toList());
		}
		List<String> outside = new ArrayList<>();
		for (PodFact p : facts.pods()) {
			if (p.hostNetwork() || !p.scheduled() || p.terminated()) {
				continue;
			}
			Optional<Cidr> ip = Cidr.parse(p.podIp());
			List<Cidr> nodeBlocks = blocks.getOrDefault(p.nodeName(), List.of());
			if (ip.isEmpty() || nodeBlocks.stream().noneMatch((b) -> b.bits() == ip.get().bits())) {
				continue;
			}
			if (nodeBlocks.stream().noneMatch((b) -> b.contains(ip.get()))) {
				outside.add(p.namespace() + "/" + p.name() + " " + p.podIp() + " (" + p.nodeName() + " "
						+ nodeBlocks.get(0) + ")");
			}
		}
		return outside;
	}

	/** Whether any pod with its own IP sits on a node with a podCIDR and inside it: the node blocks are used. */
	static boolean anyInside(ClusterFacts facts) {
		Map<String, List<Cidr>> blocks = new HashMap<>();
		for (NodeFact n : facts.nodes()) {
			blocks.put(n.name(), n.podCidrs().stream().map(Cidr::parse).flatMap(Optional::stream).toList());
		}
		return facts.pods().stream()
			.filter((p) -> !p.hostNetwork() && p.scheduled() && !p.terminated())
			.anyMatch((p) -> Cidr.parse(p.podIp())
				.map((ip) -> blocks.getOrDefault(p.nodeName(), List.of()).stream().anyMatch((b) -> b.contains(ip)))
				.orElse(false));
	}

}
