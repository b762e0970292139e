package dev.kubeprint.reference;

import java.util.List;
import java.util.Objects;

/**
 * The production checklist, split by where the commands run.
 */
public record ChecklistReference(List<ChecklistItemReference> controlPlane, List<ChecklistItemReference> workerNodes) {

	public ChecklistReference {
		controlPlane = List.copyOf(Objects.requireNonNull(controlPlane, "checklist controlPlane is required"));
		workerNodes = List.copyOf(Objects.requireNonNull(workerNodes, "checklist workerNodes is required"));
	}

}
