package dev.kubeprint.reference;

import java.util.List;
import java.util.Objects;

/** An infrastructure provider (a cloud, or containers on one machine) and what gives it away. */
public record InfrastructureReference(String id, LocalizedText name, List<EvidenceRule> evidence) {

	public InfrastructureReference {
		Objects.requireNonNull(id, "provider id is required");
		Objects.requireNonNull(name, () -> "name is required for provider " + id);
		evidence = List.copyOf(Objects.requireNonNull(evidence, () -> "evidence is required for provider " + id));
	}

}
