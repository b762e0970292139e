package dev.kubeprint.reference;

import java.util.List;
import java.util.Objects;

/**
 * A control-plane or worker-node component. {@code haMode}, {@code ha} are null and
 * {@code metrics} is empty for worker-node components, which the reference describes
 * without them.
 */
public record ComponentReference(String id, List<String> ports, LocalizedText portNotes, LocalizedText function,
		HaMode haMode, LocalizedText ha, LocalizedText failureImpact, List<String> metrics, List<String> diagnose) {

	public ComponentReference {
		Objects.requireNonNull(id, "component id is required");
		Objects.requireNonNull(portNotes, () -> "portNotes is required for component " + id);
		Objects.requireNonNull(function, () -> "function is required for component " + id);
		Objects.requireNonNull(failureImpact, () -> "failureImpact is required for component " + id);
		ports = (ports != null) ? List.copyOf(ports) : List.of();
		metrics = (metrics != null) ? List.copyOf(metrics) : List.of();
		diagnose = (diagnose != null) ? List.copyOf(diagnose) : List.of();
	}

}
