package dev.kubeprint.reference;

import java.util.Objects;

/**
 * A checklist command with the heading it stands under in the reference and, where the
 * reference has one, its trailing remark (null otherwise).
 */
public record ChecklistItemReference(String command, LocalizedText comment, LocalizedText note) {

	public ChecklistItemReference {
		Objects.requireNonNull(command, "checklist command is required");
		Objects.requireNonNull(comment, () -> "comment is required for checklist command " + command);
	}

}
