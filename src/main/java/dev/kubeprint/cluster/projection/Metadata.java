package dev.kubeprint.cluster.projection;

import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.core.JsonParser;

/** The parts of {@code metadata} the projections use. */
final class Metadata {

	/** What most kinds keep: no labels, no annotations. */
	static final Fields<Metadata> PLAIN = fields(false, null);

	static final Fields<Metadata> LABELLED = fields(true, null);

	private static final Fields<Owner> OWNER = new Fields<Owner>().text("kind", (o, v) -> o.kind = v)
		.text("name", (o, v) -> o.name = v)
		.bool("controller", (o, v) -> o.controller = v);

	String name = "";

	String namespace = "";

	/** Read for every kind but kept only where a reference by uid is checked (a PV's claimRef to its claim). */
	String uid = "";

	Map<String, String> labels = Map.of();

	Map<String, String> annotations = Map.of();

	String ownerKind = "";

	String ownerName = "";

	Instant created;

	/** Set once deletion was asked for; kept for every kind since it costs nothing while null. */
	Instant deleted;

	/**
	 * How one kind reads metadata, to be kept in a constant of that kind's projection.
	 * @param keepLabels whether labels are kept (they are large in aggregate; pods drop them)
	 * @param keepAnnotation the only annotations worth keeping for this kind, a test rather than a set for keys
	 * that are families rather than names (one AppArmor annotation per container); null keeps none
	 */
	static Fields<Metadata> fields(boolean keepLabels, Predicate<String> keepAnnotation) {
		return fields(keepLabels ? (key) -> true : null, keepAnnotation);
	}

	/**
	 * @param keepLabel the only labels worth keeping, the others skipped unread; null keeps none
	 * @param keepAnnotation as for annotations
	 */
	static Fields<Metadata> fields(Predicate<String> keepLabel, Predicate<String> keepAnnotation) {
		Fields<Metadata> fields = new Fields<Metadata>().text("name", (m, v) -> m.name = v)
			.text("namespace", (m, v) -> m.namespace = v)
			.text("uid", (m, v) -> m.uid = v)
			.each("ownerReferences", (p, m) -> m.owner(OWNER.read(p, new Owner())))
			.time("creationTimestamp", (m, v) -> m.created = v)
			.time("deletionTimestamp", (m, v) -> m.deleted = v);
		if (keepLabel != null) {
			fields.field("labels", (p, m) -> m.labels = Json.stringMap(p, keepLabel));
		}
		if (keepAnnotation != null) {
			fields.field("annotations", (p, m) -> m.annotations = Json.stringMap(p, keepAnnotation));
		}
		return fields;
	}

	static Metadata read(JsonParser p, Fields<Metadata> fields) {
		Metadata m = fields.read(p, new Metadata());
		if (m.name.isEmpty()) {
			throw new ProjectionException("metadata.name is missing");
		}
		return m;
	}

	/** The controller owner wins; otherwise the first owner. */
	private void owner(Owner owner) {
		if (ownerKind.isEmpty() || owner.controller) {
			ownerKind = owner.kind;
			ownerName = owner.name;
		}
	}

	String label(String key) {
		return labels.getOrDefault(key, "");
	}

	private static final class Owner {

		String kind = "";

		String name = "";

		boolean controller;

	}

}
