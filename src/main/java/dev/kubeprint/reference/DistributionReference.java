package dev.kubeprint.reference;

import java.util.List;
import java.util.Objects;

/**
 * A Kubernetes distribution or managed offering and what gives it away.
 *
 * @param basedOn the id of the distribution this one builds on (kind on kubeadm), whose evidence then supports
 * it rather than contradicting it; null when none
 * @param provider the id of the infrastructure provider it always runs on (EKS on AWS); null when it varies
 * @param managedControlPlane whether the provider runs the control plane, so that its components are not
 * observable from inside the cluster (which is not "down")
 */
public record DistributionReference(String id, LocalizedText name, String basedOn, String provider,
		boolean managedControlPlane, LocalizedText note, List<EvidenceRule> evidence) {

	public DistributionReference {
		Objects.requireNonNull(id, "distribution id is required");
		Objects.requireNonNull(name, () -> "name is required for distribution " + id);
		Objects.requireNonNull(note, () -> "note is required for distribution " + id);
		evidence = List.copyOf(Objects.requireNonNull(evidence, () -> "evidence is required for distribution " + id));
		if (evidence.isEmpty()) {
			throw new IllegalArgumentException("distribution " + id + " has no evidence rule");
		}
	}

}
