package dev.kubeprint.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The node condition types Kubeprint knows, from {@code reference/node-conditions.yaml}. Shared by every
 * judgement of a node (a static table, so the pure {@code NodeHealth} needs no wiring); a type missing here is
 * shown, not judged.
 */
public final class NodeConditions {

	private final Map<String, NodeConditionReference> byType;

	NodeConditions(List<NodeConditionReference> types) {
		Map<String, NodeConditionReference> map = new LinkedHashMap<>();
		for (NodeConditionReference t : types) {
			if (map.putIfAbsent(t.type(), t) != null) {
				throw new IllegalStateException("Reference data file '" + ReferenceCatalog.DIRECTORY
						+ "node-conditions.yaml' has type '" + t.type() + "' more than once");
			}
		}
		this.byType = Map.copyOf(map);
	}

	/** The bundled table, read once: a malformed file already failed the catalog at startup. */
	public static NodeConditions bundled() {
		return Holder.BUNDLED;
	}

	public Optional<NodeConditionReference> type(String type) {
		return Optional.ofNullable(byType.get(type));
	}

	public List<NodeConditionReference> all() {
		return List.copyOf(byType.values());
	}

	private static final class Holder {

		static final NodeConditions BUNDLED = new NodeConditions(
				List.of(ReferenceCatalog.read("node-conditions.yaml", NodeConditionReference[].class)));

	}

}
