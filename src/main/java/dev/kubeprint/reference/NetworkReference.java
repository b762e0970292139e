package dev.kubeprint.reference;

import java.util.Objects;

/**
 * A cluster network (pod, service, node). {@code defaultCidr} is null for the node
 * network, which has no default range; {@code cidrNote} then says what it is instead.
 */
public record NetworkReference(String id, String defaultCidr, LocalizedText cidrNote, LocalizedText purpose,
		LocalizedText configuredIn) {

	public NetworkReference {
		Objects.requireNonNull(id, "network id is required");
		Objects.requireNonNull(purpose, () -> "purpose is required for network " + id);
		Objects.requireNonNull(configuredIn, () -> "configuredIn is required for network " + id);
		if (defaultCidr == null && cidrNote == null) {
			throw new IllegalArgumentException("network " + id + " needs a defaultCidr or a cidrNote");
		}
	}

}
