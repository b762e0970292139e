package dev.kubeprint.reference;

import java.util.Objects;

/**
 * A node condition type whose meaning is known: which status is the bad one, who sets it, what it means.
 *
 * @param polarity {@code negative} when True is the problem (MemoryPressure), {@code positive} when True is the
 * good state (Ready, EtcdIsVoter)
 */
public record NodeConditionReference(String type, String polarity, String source, LocalizedText description) {

	public NodeConditionReference {
		Objects.requireNonNull(type, "type is required");
		if (!"negative".equals(polarity) && !"positive".equals(polarity)) {
			throw new IllegalArgumentException("polarity of " + type + " must be negative or positive, was " + polarity);
		}
		Objects.requireNonNull(description, () -> "description is required for " + type);
	}

	/** A problem when True. */
	public boolean badWhenTrue() {
		return "negative".equals(polarity);
	}

}
