package dev.kubeprint.cluster.facts;

import java.time.Instant;
import java.util.List;

/**
 * A PersistentVolumeClaim.
 *
 * @param storageClass null when the claim names none (the default class applies), "" when it asks for none
 * @param conditions types of True conditions, e.g. FileSystemResizePending
 * @param selectedNode from volume.kubernetes.io/selected-node (WaitForFirstConsumer)
 * @param uid metadata.uid, which a bound PV's claimRef must carry; empty when not written
 */
public record PersistentVolumeClaimFact(String namespace, String name, String phase, String storageClass,
		long requestedBytes, long capacityBytes, List<String> accessModes, String volumeMode, String volumeName,
		List<String> conditions, String selectedNode, Instant created, String uid) {

	public PersistentVolumeClaimFact {
		accessModes = List.copyOf(accessModes);
		conditions = List.copyOf(conditions);
	}

}
