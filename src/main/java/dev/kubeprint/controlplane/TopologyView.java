package dev.kubeprint.controlplane;

import java.util.List;

/**
 * How etcd sits beside the API servers, as the reference's two kubeadm topologies, with this cluster's
 * values filled in.
 *
 * @param mode stacked, external, managed or unknown
 * @param evidence what the mode was read from, in words
 * @param apiServers where the API servers run (nodes or hosts)
 * @param etcdMembers where etcd runs (nodes for stacked, endpoints for external)
 * @param settings the reference's configuration keys with this cluster's values, in the reference's order
 */
public record TopologyView(Mode mode, String evidence, String controlPlaneEndpoint, List<String> apiServers,
		List<String> etcdMembers, List<Setting> settings) {

	public TopologyView {
		apiServers = List.copyOf(apiServers);
		etcdMembers = List.copyOf(etcdMembers);
		settings = List.copyOf(settings);
	}

	public enum Mode {

		STACKED, EXTERNAL, MANAGED, UNKNOWN

	}

	/** One line of the reference's kubeadm configuration, e.g. etcd.local.extraArgs.quota-backend-bytes. */
	public record Setting(String key, String value, String source) {
	}

}
