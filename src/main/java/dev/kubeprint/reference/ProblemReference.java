package dev.kubeprint.reference;

import java.util.Objects;

/**
 * A common production problem with its symptom, the first command to run and the usual fix.
 */
public record ProblemReference(String id, LocalizedText problem, LocalizedText symptom, String diagnose,
		LocalizedText resolution) {

	public ProblemReference {
		Objects.requireNonNull(id, "problem id is required");
		Objects.requireNonNull(problem, () -> "problem is required for problem " + id);
		Objects.requireNonNull(symptom, () -> "symptom is required for problem " + id);
		Objects.requireNonNull(diagnose, () -> "diagnose is required for problem " + id);
		Objects.requireNonNull(resolution, () -> "resolution is required for problem " + id);
	}

}
