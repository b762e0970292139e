package dev.kubeprint.cluster.facts;

import java.util.List;

/** A CSINode: which CSI drivers registered on a node. */
public record CsiNodeFact(String name, List<Driver> drivers) {

	public CsiNodeFact {
		drivers = List.copyOf(drivers);
	}

	/** @param allocatableCount the driver's volume limit on the node, or null when it sets none */
	public record Driver(String name, String nodeId, Integer allocatableCount) {
	}

}
