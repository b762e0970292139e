package dev.kubeprint.network;

import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;

/**
 * The data-plane mode of a CNI and what it was read from ("calico-node: CALICO_IPV4POOL_IPIP=Always").
 *
 * @param mode empty when it could not be told
 * @param source where it was read, or why it could not be
 * @param notes more the configuration says (backend, datastore, pool), each with its basis
 */
record CniMode(String mode, String source, List<String> notes) {

	static final CniMode UNKNOWN = new CniMode("", "");

	CniMode {
		notes = List.copyOf(notes);
	}

	CniMode(String mode, String source) {
		this(mode, source, List.of());
	}

	/**
	 * What a reader may look at: the agent's DaemonSet (null when only a ConfigMap gave the CNI away), every
	 * ConfigMap by name, and the nodes, whose annotations some CNIs write their settings to.
	 */
	record Inputs(DaemonSetFact daemonSet, Map<String, ConfigMapFact> configMaps, List<NodeFact> nodes) {

		Inputs {
			nodes = List.copyOf(nodes);
		}

		Map<String, String> env() {
			return daemonSet == null ? Map.of() : daemonSet.env();
		}

	}

	/** Reads the mode of one CNI, named by its id in the reference data. */
	interface Reader {

		String cni();

		CniMode read(Inputs inputs, Texts t);

	}

}
