package dev.kubeatlas.cluster.facts;

import java.util.Map;

/** A StorageClass. */
public record StorageClassFact(String name, String provisioner, Map<String, String> parameters,
		String reclaimPolicy, String volumeBindingMode, boolean allowVolumeExpansion, boolean isDefault) {

	public StorageClassFact {
		parameters = Map.copyOf(parameters);
	}

}
