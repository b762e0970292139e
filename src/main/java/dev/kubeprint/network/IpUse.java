package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.NetworkView.IpUseView;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.network.NetworkView.Source;
import dev.kubeprint.network.NetworkView.NodeIpUse;

/** How full each node's pod block is, and how many node blocks the cluster's pod range has room for. */
final class IpUse {

	private IpUse() {
	}

	/** One pass over the pods: pods with their own IP (not hostNetwork) count against their node's block. */
	static IpUseView of(ClusterFacts facts, SystemPods system, AddressRanges ranges, String cni, Texts t) {
		int nodes = facts.nodes().size();
		if (!ranges.podsOutsideNodeBlocks().isEmpty()) {
			// The node blocks are not where the pods' addresses come from: their fill says nothing.
			return new IpUseView("", 0, -1, nodes, t.get("network.ip-use.own-pools",
					ranges.podsOutsideNodeBlocks().size()), List.of(), 0);
		}
		if (facts.nodes().stream().allMatch((n) -> n.podCidrs().isEmpty())) {
			String why = !facts.availability(FactKind.NODES).hasData()
					? t.get("network.range.not-collected", facts.availability(FactKind.NODES).reason())
					: "aws-vpc-cni".equals(cni) ? t.get("network.ip-use.vpc") : t.get("network.ip-use.no-node-blocks");
			return new IpUseView("", 0, -1, nodes, why, List.of(), 0);
		}
		return fromNodeBlocks(facts, system, ranges.clusterPod(), t);
	}

	private static IpUseView fromNodeBlocks(ClusterFacts facts, SystemPods system, List<Source> clusterPod, Texts t) {
		// Without pods the blocks' size and the room for nodes are known, their use is not: no row says 0.
		boolean podsKnown = facts.availability(FactKind.PODS).hasData();
		Map<String, long[]> perNode = new HashMap<>();
		for (PodFact p : facts.pods()) {
			if (p.scheduled() && !p.terminated() && !p.hostNetwork()) {
				perNode.computeIfAbsent(p.nodeName(), (k) -> new long[1])[0]++;
			}
		}
		List<NodeIpUse> uses = new ArrayList<>();
		Map<Integer, Integer> prefixes = new HashMap<>();
		for (NodeFact n : facts.nodes()) {
			Optional<Cidr> block = n.podCidrs().stream().map(Cidr::parse).flatMap(Optional::stream)
				.filter((c) -> c.bits() == 32)
				.findFirst();
			if (block.isEmpty()) {
				continue;
			}
			prefixes.merge(block.get().prefix(), 1, Integer::sum);
			// The network address and the gateway the bridge takes are not for pods.
			long addresses = Math.max(1, block.get().size() - 2);
			if (!podsKnown) {
				continue;
			}
			long pods = perNode.getOrDefault(n.name(), new long[1])[0];
			uses.add(new NodeIpUse(n.name(), block.get().toString(), addresses, pods,
					(int) Math.round(100.0 * pods / addresses)));
		}
		int over80 = (int) uses.stream().filter((u) -> u.percent() > 80).count();
		List<NodeIpUse> busiest = uses.stream()
			.sorted(Comparator.comparingInt(NodeIpUse::percent).reversed().thenComparing(NodeIpUse::node))
			.limit(NetworkAnalyzer.BUSIEST_SHOWN)
			.toList();
		// The most common block size; on a tie the larger block, which leaves the fewer nodes room.
		int blockPrefix = prefixes.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(Map.Entry::getKey)
			.orElse(system.flag("kube-controller-manager", "node-cidr-mask-size").map(Integer::valueOf).orElse(NetworkAnalyzer.DEFAULT_NODE_MASK));
		Optional<Cidr> cluster = clusterPod.stream().flatMap((s) -> Cidr.parseList(s.value()).stream())
			.filter((c) -> c.bits() == 32)
			.findFirst();
		int nodes = facts.nodes().size();
		String podsUnknown = podsKnown ? ""
				: " " + t.get("network.ip-use.pods-unknown", facts.availability(FactKind.PODS).reason());
		if (cluster.isEmpty() || cluster.get().prefix() > blockPrefix) {
			return new IpUseView("", blockPrefix, -1, nodes, t.get("network.ip-use.cluster-unknown") + podsUnknown,
					busiest, over80);
		}
		long blocks = 1L << Math.min(62, blockPrefix - cluster.get().prefix());
		String text = t.get("network.ip-use.cluster", cluster.get(), blocks, blockPrefix, nodes,
				Math.round(100.0 * nodes / blocks)) + podsUnknown;
		return new IpUseView(cluster.get().toString(), blockPrefix, blocks, nodes, text, busiest, over80);
	}

}
