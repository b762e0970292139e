package dev.kubeprint.reference;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The production checklist, split by where the commands run.
 */
public record ChecklistReference(List<ChecklistItemReference> controlPlane, List<ChecklistItemReference> workerNodes) {

	public ChecklistReference {
		controlPlane = List.copyOf(Objects.requireNonNull(controlPlane, "checklist controlPlane is required"));
		workerNodes = List.copyOf(Objects.requireNonNull(workerNodes, "checklist workerNodes is required"));
	}

	/** The first item of a check: its thresholds and command for a subject. */
	public ChecklistItemReference item(String check) {
		return Stream.concat(controlPlane.stream(), workerNodes.stream())
			.filter((i) -> i.check().equals(check))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("checklist.yaml has no item for check " + check));
	}

}
