package dev.kubeprint.cluster.facts;

import java.util.List;

/**
 * A CSINode: which CSI drivers registered on a node.
 *
 * @param migratedPlugins the in-tree plugins the kubelet serves through CSI on this node (kubernetes.io/aws-ebs
 * ...), from the annotation storage.alpha.kubernetes.io/migrated-plugins; empty when it names none
 */
public record CsiNodeFact(String name, List<Driver> drivers, List<String> migratedPlugins) {

	public CsiNodeFact {
		drivers = List.copyOf(drivers);
		migratedPlugins = List.copyOf(migratedPlugins);
	}

	/** @param allocatableCount the driver's volume limit on the node, or null when it sets none */
	public record Driver(String name, String nodeId, Integer allocatableCount) {
	}

}
