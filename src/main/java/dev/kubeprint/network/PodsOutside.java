package dev.kubeprint.network;

import java.lang.ref.WeakReference;
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

	/**
	 * The last facts scanned and what they held. The CNI detection, the address ranges and the network checks each
	 * ask, several times per facts version; at 150,000 pods the scans were most of a version's analyses. Held weakly:
	 * it must not keep superseded facts alive.
	 */
	private static volatile Scan last;

	private record Scan(WeakReference<ClusterFacts> facts, List<String> outside, boolean anyInside) {
	}

	private PodsOutside() {
	}

	/** "namespace/name ip (node podCIDR)" of each such pod. */
	static List<String> find(ClusterFacts facts) {
		return scan(facts).outside();
	}

	/** Whether any pod with its own IP sits on a node with a podCIDR and inside it: the node blocks are used. */
	static boolean anyInside(ClusterFacts facts) {
		return scan(facts).anyInside();
	}

	private static Scan scan(ClusterFacts facts) {
		Scan known = last;
		if (known != null && known.facts().get() == facts) {
			return known;
		}
		Map<String, List<Cidr>> blocks = new HashMap<>();
		for (NodeFact n : facts.nodes()) {
			blocks.put(n.name(), n.podCidrs().stream().map(Cidr::parse).flatMap(Optional::stream).toList());
		}
		List<String> outside = new ArrayList<>();
		boolean anyInside = false;
		for (PodFact p : facts.pods()) {
			if (p.hostNetwork() || !p.scheduled() || p.terminated()) {
				continue;
			}
			List<Cidr> nodeBlocks = blocks.getOrDefault(p.nodeName(), List.of());
			Optional<Cidr> ip = nodeBlocks.isEmpty() ? Optional.empty() : Cidr.parse(p.podIp());
			if (ip.isEmpty()) {
				continue;
			}
			if (nodeBlocks.stream().anyMatch((b) -> b.contains(ip.get()))) {
				anyInside = true;
			}
			else if (nodeBlocks.stream().anyMatch((b) -> b.bits() == ip.get().bits())) {
				outside.add(p.namespace() + "/" + p.name() + " " + p.podIp() + " (" + p.nodeName() + " "
						+ nodeBlocks.get(0) + ")");
			}
		}
		Scan scan = new Scan(new WeakReference<>(facts), List.copyOf(outside), anyInside);
		last = scan;
		return scan;
	}

}
