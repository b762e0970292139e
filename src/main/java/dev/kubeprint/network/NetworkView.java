package dev.kubeprint.network;

import java.util.List;
import dev.kubeprint.i18n.Units;

/** The cluster's three networks with where each was read, its CNI, and how full its pod address space is. */
public record NetworkView(List<NetworkRange> ranges, CniView cni, List<CniRow> comparison, PolicyView policies,
		IpUseView ipUse) {

	public NetworkView {
		ranges = List.copyOf(ranges);
		comparison = List.copyOf(comparison);
	}

	/**
	 * The pod, Service or node network.
	 *
	 * @param id pod, service or node
	 * @param referenceDefault the reference's default range, or its note when there is none
	 * @param sources every place the range is written, each with its value
	 * @param warnings where sources disagree or ranges overlap, in words; empty when all agree
	 * @param note what the data says when no source states the range: "not stated", with an inference marked
	 * as one; for a stated Service range, the DNS Service by name (or why it is not known); else empty
	 */
	public record NetworkRange(String id, String name, String purpose, String referenceDefault,
			String configuredIn, List<Source> sources, List<String> warnings, String note) {

		public NetworkRange {
			sources = List.copyOf(sources);
			warnings = List.copyOf(warnings);
		}

		public boolean disagree() {
			return !warnings.isEmpty();
		}

	}

	/** A value and where it came from, e.g. 10.96.0.0/12 from the apiserver's --service-cluster-ip-range. */
	public record Source(String value, String where) {
	}

	/**
	 * @param id the reference's CNI id; empty when none was recognised
	 * @param mode the data-plane mode where visible, e.g. IPIP, VXLAN, BGP, native routing, ENIIP
	 * @param modeSource where the mode was read
	 * @param evidence what gave the CNI away: DaemonSet, ConfigMap, image
	 * @param kubeProxyReplacement Cilium's kube-proxy replacement, when Cilium runs; else empty
	 * @param ready agent pods ready over desired, from its DaemonSet
	 * @param notes more of the CNI's configuration (routing backend, datastore, pool), each with its basis
	 * @param nodes what the nodes say about the pod network (Calico addresses, NetworkUnavailable), each with
	 * the annotation or condition it was read from
	 */
	public record CniView(String id, String name, String mode, String modeSource, List<String> evidence,
			String kubeProxyReplacement, String ready, List<String> notes, List<NodeNetwork> nodes) {

		public CniView {
			evidence = List.copyOf(evidence);
			notes = List.copyOf(notes);
			nodes = List.copyOf(nodes);
		}

		public String modeShown() {
			return Units.orUnknown(mode);
		}

		/**
		 * What the panel lists of what the nodes say: Calico writes its addresses on every node, which at 5,000 nodes
		 * would be 10,000 rows. The JSON twin keeps every row.
		 */
		public List<NodeNetwork> nodesListed() {
			return nodes.subList(0, Math.min(nodes.size(), NODES_LISTED));
		}

		public int nodesNotListed() {
			return nodes.size() - nodesListed().size();
		}

		public static final int NODES_LISTED = 50;

	}

	/**
	 * One thing a node says about the pod network.
	 *
	 * @param node the node, or the nodes that say the same
	 * @param basis the annotation or condition it was read from
	 */
	public record NodeNetwork(String node, String value, String basis) {
	}

	/** A row of the reference's CNI comparison; {@code detected} marks the one running here. */
	public record CniRow(String id, String name, String modes, String performance, String networkPolicy,
			String useCase, boolean detected) {
	}

	/**
	 * @param unenforced true when policies exist under a CNI that does not enforce them
	 * @param examples the first few policies, namespace/name
	 */
	public record PolicyView(int count, boolean unenforced, String text, List<String> examples) {

		public PolicyView {
			examples = List.copyOf(examples);
		}

		public String countShown() {
			return Units.countOrUnknown(count);
		}

	}

	/**
	 * Pod IP use per node and for the cluster.
	 *
	 * @param clusterText the pod CIDR's room for node blocks against the nodes there are
	 * @param blockNodes how many per-node blocks the cluster pod CIDR holds; -1 when unknown
	 * @param busiest the nodes whose block is most used, fullest first
	 * @param nodesOver80 nodes whose block is more than 80 % used
	 */
	public record IpUseView(String clusterCidr, int blockPrefix, long blockNodes, int nodes, String clusterText,
			List<NodeIpUse> busiest, int nodesOver80) {

		public IpUseView {
			busiest = List.copyOf(busiest);
		}

	}

	/** @param addresses usable pod addresses in the node's podCIDR (network and gateway left out) */
	public record NodeIpUse(String node, String podCidr, long addresses, long pods, int percent) {
	}

}
