package dev.kubeprint.storage;

import java.util.List;

import dev.kubeprint.cluster.facts.PersistentVolumeClaimFact;
import dev.kubeprint.cluster.facts.PersistentVolumeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.StorageClassFact;

/**
 * The objects one claim's chain goes through, resolved once from the {@link StorageIndex}.
 *
 * @param id namespace/name of the claim
 * @param pods the running pods that mount it
 * @param pv its volume, null when it has none (yet, or any more)
 * @param className the class it gets, null when none applies, "" when it asks for none
 * @param storageClass that class, null when there is none of that name
 * @param driver the CSI driver that serves it, null for in-tree or none
 */
record ClaimChain(PersistentVolumeClaimFact claim, String id, List<PodFact> pods, PersistentVolumeFact pv,
		String className, StorageClassFact storageClass, String driver) {

	ClaimChain {
		pods = List.copyOf(pods);
	}

}
