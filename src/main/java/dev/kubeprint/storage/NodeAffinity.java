package dev.kubeprint.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Whether a node satisfies a PersistentVolume's required node affinity, given as the projection keeps it:
 * one string per term, any of which admits the node, each "key Operator [v1, v2]" requirements joined by
 * " && ", all of which must hold.
 */
final class NodeAffinity {

	/** The one field a node selector term may match on besides labels. */
	private static final String NAME_FIELD = "metadata.name";

	private NodeAffinity() {
	}

	static boolean admits(List<String> terms, String nodeName, Map<String, String> labels) {
		return terms.isEmpty() || terms.stream().anyMatch((term) -> Arrays.stream(term.split(" && "))
			.allMatch((requirement) -> matches(requirement, nodeName, labels)));
	}

	static boolean matches(String requirement, String nodeName, Map<String, String> labels) {
		String[] parts = requirement.strip().split(" ", 3);
		if (parts.length < 2) {
			return true;
		}
		String value = NAME_FIELD.equals(parts[0]) ? nodeName : labels.get(parts[0]);
		List<String> values = parts.length < 3 ? List.of() : values(parts[2]);
		return switch (parts[1]) {
			case "In" -> value != null && values.contains(value);
			case "NotIn" -> value == null || !values.contains(value);
			case "Exists" -> value != null;
			case "DoesNotExist" -> value == null;
			case "Gt" -> value != null && !values.isEmpty() && compare(value, values.get(0)) > 0;
			case "Lt" -> value != null && !values.isEmpty() && compare(value, values.get(0)) < 0;
			// An operator this code does not know is not a reason to call a volume broken.
			default -> true;
		};
	}

	private static List<String> values(String list) {
		String inner = list.strip();
		if (inner.startsWith("[") && inner.endsWith("]")) {
			inner = inner.substring(1, inner.length() - 1);
		}
		return inner.isBlank() ? List.of() : Arrays.stream(inner.split(",")).map(String::strip).toList();
	}

	private static int compare(String a, String b) {
		try {
			return Long.compare(Long.parseLong(a), Long.parseLong(b));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
