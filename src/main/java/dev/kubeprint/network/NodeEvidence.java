package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.NetworkView.NodeNetwork;

/**
 * What the nodes themselves say about the pod network: the addresses Calico wrote on them and the
 * NetworkUnavailable condition the CNI or route controller sets. Both are read, never assumed, so they are the
 * basis the page can point an SRE to with kubectl describe node.
 */
final class NodeEvidence {

	/** Calico writes these from its own IPAM; their presence is what proves pod IPs come from Calico blocks. */
	static final List<String> CALICO_ADDRESSES = List.of("projectcalico.org/IPv4IPIPTunnelAddr",
			"projectcalico.org/IPv4VXLANTunnelAddr");

	/** The node's own address as Calico's BGP sees it: evidence of Calico, not of its IPAM. */
	static final String CALICO_NODE_ADDRESS = "projectcalico.org/IPv4Address";

	static final String NETWORK_UNAVAILABLE = "NetworkUnavailable";

	private NodeEvidence() {
	}

	/** Per node, the Calico annotations it carries, each with the annotation as its basis. */
	static List<NodeNetwork> calico(ClusterFacts facts, Texts t) {
		List<NodeNetwork> rows = new ArrayList<>();
		for (NodeFact n : facts.nodes()) {
			for (String key : CALICO_ADDRESSES) {
				String value = n.annotations().get(key);
				if (value != null && !value.isEmpty()) {
					rows.add(new NodeNetwork(n.name(), t.get("network.node.calico-tunnel", value), key));
				}
			}
			String address = n.annotations().get(CALICO_NODE_ADDRESS);
			if (address != null && !address.isEmpty()) {
				rows.add(new NodeNetwork(n.name(), t.get("network.node.calico-address", address), CALICO_NODE_ADDRESS));
			}
		}
		return rows;
	}

	/** "pod IPs come from Calico IPAM blocks", said only when a node carries a tunnel address from them. */
	static String calicoIpam(List<NodeNetwork> calico, Texts t) {
		List<String> tunnels = calico.stream()
			.filter((r) -> CALICO_ADDRESSES.contains(r.basis()))
			.map((r) -> r.node() + " " + r.value())
			.toList();
		return tunnels.isEmpty() ? "" : t.get("network.calico.ipam", NetworkAnalyzer.names(tunnels));
	}

	/**
	 * NetworkUnavailable by status and reason, with the nodes reporting it: "NetworkUnavailable=False (CiliumIsUp)"
	 * on omen-…. Grouped so a thousand nodes make one row per reason.
	 */
	static List<NodeNetwork> readiness(ClusterFacts facts) {
		Map<String, List<String>> byCondition = new LinkedHashMap<>();
		for (NodeFact n : facts.nodes()) {
			for (ConditionFact c : n.conditions()) {
				if (NETWORK_UNAVAILABLE.equals(c.type())) {
					String text = c.type() + "=" + c.status() + (c.reason().isEmpty() ? "" : " (" + c.reason() + ")");
					byCondition.computeIfAbsent(text, (k) -> new ArrayList<>()).add(n.name());
				}
			}
		}
		List<NodeNetwork> rows = new ArrayList<>();
		byCondition.forEach((text, nodes) -> rows.add(new NodeNetwork(NetworkAnalyzer.names(nodes), text,
				"node condition " + NETWORK_UNAVAILABLE)));
		return rows;
	}

}
