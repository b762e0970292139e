package dev.kubeprint.cluster.facts;

import java.time.Instant;
import java.util.Map;

/**
 * A StorageClass.
 *
 * @param created when it was created: of several default classes, Kubernetes gives a claim the newest
 */
public record StorageClassFact(String name, String provisioner, Map<String, String> parameters,
		String reclaimPolicy, String volumeBindingMode, boolean allowVolumeExpansion, boolean isDefault,
		Instant created) {

	public StorageClassFact {
		parameters = Map.copyOf(parameters);
	}

}
