package dev.kubeatlas.cluster.projection;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.core.JsonParser;

/** The parts of {@code metadata} the projections use. */
final class Metadata {

	String name = "";

	String namespace = "";

	Map<String, String> labels = Map.of();

	Map<String, String> annotations = Map.of();

	String ownerKind = "";

	String ownerName = "";

	Instant created;

	/**
	 * @param keepLabels whether labels are kept (they are large in aggregate; pods drop them)
	 * @param annotationKeys the only annotations worth keeping for this kind
	 */
	static Metadata read(JsonParser p, boolean keepLabels, Set<String> annotationKeys) {
		return read(p, keepLabels, annotationKeys.isEmpty() ? null : annotationKeys::contains);
	}

	/**
	 * @param keepAnnotation which annotations to keep, for keys that are families rather than names (one
	 * AppArmor annotation per container); null keeps none
	 */
	static Metadata read(JsonParser p, boolean keepLabels, Predicate<String> keepAnnotation) {
		Metadata m = new Metadata();
		Json.object(p, (field) -> switch (field) {
			case "name" -> {
				m.name = Json.text(p);
				yield true;
			}
			case "namespace" -> {
				m.namespace = Json.text(p);
				yield true;
			}
			case "labels" -> {
				if (!keepLabels) {
					yield false;
				}
				m.labels = Json.stringMap(p);
				yield true;
			}
			case "annotations" -> {
				if (keepAnnotation == null) {
					yield false;
				}
				Map<String, String> kept = new HashMap<>();
				Json.object(p, (key) -> {
					if (keepAnnotation.test(key)) {
						kept.put(key, Json.text(p));
						return true;
					}
					return false;
				});
				m.annotations = kept;
				yield true;
			}
			case "ownerReferences" -> {
				Json.array(p, () -> m.readOwner(p));
				yield true;
			}
			case "creationTimestamp" -> {
				m.created = Json.time(p);
				yield true;
			}
			default -> false;
		});
		if (m.name.isEmpty()) {
			throw new ProjectionException("metadata.name is missing");
		}
		return m;
	}

	/** The controller owner wins; otherwise the first owner. */
	private void readOwner(JsonParser p) {
		String[] owner = { "", "" };
		boolean[] controller = { false };
		Json.object(p, (field) -> switch (field) {
			case "kind" -> {
				owner[0] = Json.text(p);
				yield true;
			}
			case "name" -> {
				owner[1] = Json.text(p);
				yield true;
			}
			case "controller" -> {
				controller[0] = Json.bool(p);
				yield true;
			}
			default -> false;
		});
		if (ownerKind.isEmpty() || controller[0]) {
			ownerKind = owner[0];
			ownerName = owner[1];
		}
	}

	String label(String key) {
		return labels.getOrDefault(key, "");
	}

}
