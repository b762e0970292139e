package dev.kubeprint.cluster.snapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.ServerVersion;
import dev.kubeprint.cluster.projection.Interner;
import dev.kubeprint.cluster.projection.ProjectionException;
import dev.kubeprint.cluster.projection.Projections;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The objects of one file, held until the whole file has parsed: half a file is worse than none. Reads every
 * shape collectors write at the top level: a List (typed or not, "items" null or missing), a bare array, a
 * single object, a GET /version answer (plain, troubleshoot.sh's {"info": …} or kubectl version's
 * {"serverVersion": …}). Items are read one at a time and projected at once; no whole list is kept.
 */
final class DocumentReading {

	/** Where the objects go once the file has parsed. */
	interface Sink {

		void problem(String where, String reason);

		void object(FactKind<?> kind, String key, Object fact);

		void present(FactKind<?> kind);

		void version(ServerVersion version);

		void seen(Instant time);

	}

	private final String file;

	private final Sink sink;

	private final Interner interner;

	private final ObjectMapper mapper;

	private final List<Runnable> commits = new ArrayList<>();

	private final Optional<FactKind<?>> fileKind;

	DocumentReading(String file, Sink sink, Interner interner, ObjectMapper mapper) {
		this.file = file;
		this.sink = sink;
		this.interner = interner;
		this.mapper = mapper;
		this.fileKind = FileNames.kindOf(file);
	}

	/** Reads every top-level document of the file; throws on the first that does not parse. */
	void readAll(JsonParser p) {
		JsonToken t;
		while ((t = p.nextToken()) != null) {
			if (t == JsonToken.START_OBJECT) {
				readRoot(p);
			}
			else if (t == JsonToken.START_ARRAY) {
				readArray(p);
			}
			else if (t != JsonToken.VALUE_NULL) {
				p.skipChildren();
				throw new ProjectionException("the document is not an object");
			}
		}
	}

	void commit() {
		commits.forEach(Runnable::run);
	}

	/** A bare array, as some collectors write a kind: only the file name may say which kind. */
	private void readArray(JsonParser p) {
		int kindless = 0;
		JsonToken t;
		while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
			if (t == JsonToken.START_OBJECT) {
				JsonNode item = mapper.readTree(p);
				String kind = item.path("kind").asString();
				if (kind.isEmpty() && fileKind.isPresent()) {
					kind = fileKind.get().kind();
				}
				if (kind.isEmpty() && item.path("metadata").has("name")) {
					kindless++;
				}
				accept(item, kind);
			}
			else if (t == JsonToken.VALUE_STRING && FileNames.base(file).endsWith("errors")) {
				// troubleshoot.sh writes what it could not collect into <resource>-errors.json
				String error = p.getString();
				commits.add(() -> sink.problem(file, "the collector could not collect: " + error));
			}
			else {
				p.skipChildren();
			}
		}
		markPresent(null);
		if (kindless > 0) {
			int n = kindless;
			commits.add(() -> sink.problem(file, n + " objects with no kind, in a file whose name tells none, "
					+ "were skipped"));
		}
	}

	private void readRoot(JsonParser p) {
		ObjectNode fields = mapper.createObjectNode();
		String listKind = null;
		boolean list = false;
		List<JsonNode> waitingForKind = new ArrayList<>();
		String name;
		while ((name = p.nextName()) != null) {
			JsonToken t = p.nextToken();
			if ("items".equals(name) && (t == JsonToken.START_ARRAY || t == JsonToken.VALUE_NULL)) {
				// kubectl cluster-info dump writes "items": null for an empty list
				list = true;
				while (t == JsonToken.START_ARRAY && p.nextToken() != JsonToken.END_ARRAY) {
					JsonNode item = mapper.readTree(p);
					String kind = itemKind(item, listKind);
					if (kind == null) {
						// kubectl writes "items" before "kind"; typed list items carry no kind of their own.
						waitingForKind.add(item);
					}
					else {
						accept(item, kind);
					}
				}
			}
			else {
				JsonNode value = mapper.readTree(p);
				fields.set(name, value);
				if ("kind".equals(name)) {
					listKind = value.asString();
				}
			}
		}
		for (JsonNode item : waitingForKind) {
			String kind = itemKind(item, listKind);
			if (kind == null) {
				// A kind-less list ("List" or none at all): only the file name may tell
				kind = fileKind.map(FactKind::kind).orElse(null);
			}
			if (kind == null) {
				commits.add(() -> sink.problem(file, "an item with no kind in a list of unknown kind was skipped"));
			}
			else {
				accept(item, kind);
			}
		}
		if (list) {
			markPresent(listKind);
		}
		else if (!version(fields)) {
			accept(fields, fields.path("kind").asString());
		}
	}

	/** GET /version as kubectl, Sonobuoy (serverversion.json), troubleshoot.sh and `kubectl version` save it. */
	private boolean version(ObjectNode fields) {
		if (fields.has("kind")) {
			return false;
		}
		JsonNode v = fields.has("gitVersion") ? fields
				: fields.path("info").has("gitVersion") ? fields.path("info") : fields.path("serverVersion");
		if (!v.has("gitVersion")) {
			return false;
		}
		ServerVersion version = new ServerVersion(v.path("major").asString(), v.path("minor").asString(),
				v.path("gitVersion").asString(), v.path("platform").asString(), v.path("buildDate").asString());
		commits.add(() -> sink.version(version));
		return true;
	}

	/** An empty typed list ("PodList") or a file named for its kind ("pods.json") still says "none". */
	private void markPresent(String listKind) {
		Optional<FactKind<?>> kind = Optional.empty();
		if (listKind != null && listKind.endsWith("List") && !"List".equals(listKind)) {
			kind = FactKind.byKindName(listKind.substring(0, listKind.length() - 4));
		}
		if (kind.isEmpty()) {
			kind = fileKind;
		}
		kind.ifPresent((k) -> commits.add(() -> sink.present(k)));
	}

	private String itemKind(JsonNode item, String listKind) {
		String own = item.path("kind").asString();
		if (!own.isEmpty()) {
			return own;
		}
		if (listKind != null && listKind.endsWith("List") && !"List".equals(listKind)) {
			return listKind.substring(0, listKind.length() - 4);
		}
		return null;
	}

	private void accept(JsonNode object, String kindName) {
		Instant newest = Timestamps.newest(object);
		commits.add(() -> sink.seen(newest));
		Optional<FactKind<?>> kind = FactKind.byKindName(kindName);
		if (kind.isEmpty()) {
			// Events, ReplicaSets and the like: a dump has them, the panels do not use them.
			return;
		}
		FactKind<?> k = kind.get();
		JsonNode meta = object.path("metadata");
		String key = meta.path("namespace").asString() + "/" + meta.path("name").asString();
		try (JsonParser p = mapper.treeAsTokens(object)) {
			p.nextToken();
			Object fact = Projections.of(k).project(p, interner);
			commits.add(() -> sink.object(k, key, fact));
		}
		catch (ProjectionException | JacksonException ex) {
			String reason = ex instanceof JacksonException j ? j.getOriginalMessage() : ex.getMessage();
			commits.add(() -> sink.problem(file, k.kind() + " " + key.replaceFirst("^/", "") + " skipped: " + reason));
		}
	}

}
