package dev.kubeprint.reference;

import java.util.Objects;

/**
 * An edition of a managed Kubernetes service and who runs its control plane and etcd.
 */
public record ManagedOfferingReference(String id, LocalizedText name, LocalizedText controlPlane, LocalizedText etcd,
		LocalizedText traits, boolean managed) {

	public ManagedOfferingReference {
		Objects.requireNonNull(id, "managed offering id is required");
		Objects.requireNonNull(name, () -> "name is required for managed offering " + id);
		Objects.requireNonNull(controlPlane, () -> "controlPlane is required for managed offering " + id);
		Objects.requireNonNull(etcd, () -> "etcd is required for managed offering " + id);
		Objects.requireNonNull(traits, () -> "traits is required for managed offering " + id);
	}

}
