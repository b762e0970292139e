package dev.kubeprint.cluster.facts;

import java.util.List;
import java.util.Map;

/**
 * A PersistentVolume and the links of its chain.
 *
 * @param csiDriver empty for in-tree volumes
 * @param inTreeType the volume source when not CSI (awsElasticBlockStore, hostPath, nfs ...), else empty
 * @param nodeAffinity required node selector terms, any of which admits a node; each as its requirements
 * joined by " && ", e.g. "topology.kubernetes.io/zone In [a, b] && kubernetes.io/arch In [amd64]"
 * @param claimUid claimRef.uid, empty when not written: a uid other than the claim's marks a stale claimRef
 * @param fsType csi.fsType, the filesystem the driver formats the volume with; empty when not written
 */
public record PersistentVolumeFact(String name, String phase, long capacityBytes, List<String> accessModes,
		String reclaimPolicy, String storageClass, String claimNamespace, String claimName, String csiDriver,
		String volumeHandle, Map<String, String> volumeAttributes, String inTreeType, List<String> nodeAffinity,
		String message, String claimUid, String fsType) {

	public PersistentVolumeFact {
		accessModes = List.copyOf(accessModes);
		volumeAttributes = Map.copyOf(volumeAttributes);
		nodeAffinity = List.copyOf(nodeAffinity);
	}

}
