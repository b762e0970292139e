package dev.kubeprint.reference;

import java.util.List;
import java.util.Objects;

/**
 * A managed Kubernetes provider and the hints that identify it: substrings of the API
 * server's gitVersion, prefixes of node {@code spec.providerID}, and node label keys.
 */
public record ManagedProviderReference(String id, String name, List<String> versionSuffixes,
		List<String> providerIdPrefixes, List<String> nodeLabels) {

	public ManagedProviderReference {
		Objects.requireNonNull(id, "managed provider id is required");
		Objects.requireNonNull(name, () -> "name is required for managed provider " + id);
		versionSuffixes = (versionSuffixes != null) ? List.copyOf(versionSuffixes) : List.of();
		providerIdPrefixes = (providerIdPrefixes != null) ? List.copyOf(providerIdPrefixes) : List.of();
		nodeLabels = (nodeLabels != null) ? List.copyOf(nodeLabels) : List.of();
	}

}
