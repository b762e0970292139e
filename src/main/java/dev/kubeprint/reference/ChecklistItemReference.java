package dev.kubeprint.reference;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A checklist command with the heading it stands under in the reference and, where the reference has one, its
 * trailing remark (null otherwise); with what Kubeprint runs for it.
 *
 * @param check the stable id of the check Kubeprint runs for it; items asking the same question share one
 * @param runsOn where the reference's command runs
 * @param forSubject the read-only command that shows one subject, {@code {subject}} standing for its name; null
 * when the command is the same for every subject
 * @param thresholds the numbers the check judges by, by name; empty when the item has none
 * @param instead what Kubeprint reads in place of the command
 */
public record ChecklistItemReference(String command, LocalizedText comment, LocalizedText note, String check,
		RunsOn runsOn, String forSubject, Map<String, Double> thresholds, LocalizedText instead) {

	public ChecklistItemReference {
		Objects.requireNonNull(command, "checklist command is required");
		Objects.requireNonNull(comment, () -> "comment is required for checklist command " + command);
		Objects.requireNonNull(check, () -> "check is required for checklist command " + command);
		Objects.requireNonNull(runsOn, () -> "runsOn is required for checklist command " + command);
		Objects.requireNonNull(instead, () -> "instead is required for checklist command " + command);
		thresholds = (thresholds != null) ? Map.copyOf(thresholds) : Map.of();
	}

	/** Where the reference's command runs: Kubeprint only ever has the API and read-only etcd calls. */
	public enum RunsOn {

		API, ETCD, NODE;

		/** Lower-case in the yaml and the JSON, like the levels. */
		@JsonCreator
		static RunsOn of(String name) {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}

		@JsonValue
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** A threshold the yaml must give; a missing one is a broken reference file, said by name. */
	public double threshold(String name) {
		Double value = thresholds.get(name);
		if (value == null) {
			throw new IllegalStateException("checklist item " + check + " has no threshold " + name);
		}
		return value;
	}

	/** The command that shows more about one subject. */
	public String commandFor(String subject) {
		return (forSubject != null) ? forSubject.replace("{subject}", subject) : command;
	}

}
