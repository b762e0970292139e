package dev.kubeatlas.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Whether a node's labels satisfy a PersistentVolume's required node affinity, given as the projection
 * keeps it: one "key Operator [v1, v2]" per match expression.
 */
final class NodeAffinity {

	private NodeAffinity() {
	}

	/**
	 * The projection keeps the expressions of all terms in one list; almost every PV has a single term, so
	 * they are read as one term whose expressions must all hold.
	 */
	static boolean matches(List<String> expressions, Map<String, String> labels) {
		return expressions.stream().allMatch((e) -> matches(e, labels));
	}

	static boolean matches(String expression, Map<String, String> labels) {
		String[] parts = expression.split(" ", 3);
		if (parts.length < 2) {
			return true;
		}
		String value = labels.get(parts[0]);
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
