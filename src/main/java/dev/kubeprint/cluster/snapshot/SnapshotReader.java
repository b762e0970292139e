package dev.kubeprint.cluster.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.LeaseFact;
import dev.kubeprint.cluster.facts.ServerVersion;
import dev.kubeprint.cluster.facts.SourceProblem;
import dev.kubeprint.cluster.projection.Interner;
import dev.kubeprint.cluster.projection.ProjectionException;
import dev.kubeprint.cluster.projection.Projections;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads what {@code kubectl get -o json|yaml} and {@code kubectl cluster-info dump} write: Lists (typed or
 * not), single objects, many YAML documents in a file, and the GET /version answer. Lists are streamed item
 * by item, so a large dump is never one tree in memory. A malformed file is named with its reason and
 * contributes nothing; a malformed object is named and skipped; everything else loads.
 */
public final class SnapshotReader {

	/** Problems beyond this are counted, not listed: a broken dump must not flood the page or the heap. */
	static final int MAX_PROBLEMS = 100;

	// Items are read one at a time out of a larger document, so what follows an item is not an error.
	private static final ObjectMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Interner interner = new Interner();

	public SnapshotContent read(List<SnapshotFile> files) {
		Reading reading = new Reading();
		for (SnapshotFile file : files) {
			reading.readFile(file);
		}
		return reading.finish(files);
	}

	/** The state of one read of a whole snapshot. */
	private final class Reading {

		final Map<FactKind<?>, Map<String, Object>> objects = new LinkedHashMap<>();

		final Set<FactKind<?>> present = new HashSet<>();

		final List<SourceProblem> problems = new ArrayList<>();

		int droppedProblems;

		ServerVersion version;

		/** Facts leave heartbeats out (they change without meaning), but they date a snapshot best. */
		Instant newestHeartbeat;

		void problem(String where, String reason) {
			if (problems.size() < MAX_PROBLEMS) {
				problems.add(new SourceProblem(where, reason));
			}
			else {
				droppedProblems++;
			}
		}

		void readFile(SnapshotFile file) {
			// Objects of a file are committed only once the whole file parsed: half a file is worse than none.
			FileReading fileReading = new FileReading(file);
			ObjectMapper mapper = file.isYaml() ? YAML : JSON;
			try (InputStream in = file.opener().open(); JsonParser p = mapper.createParser(in)) {
				JsonToken t;
				while ((t = p.nextToken()) != null) {
					if (t == JsonToken.START_OBJECT) {
						fileReading.readRoot(p, mapper);
					}
					else if (t != JsonToken.VALUE_NULL) {
						p.skipChildren();
						throw new ProjectionException("the document is not an object");
					}
				}
			}
			catch (JacksonException ex) {
				problem(file.name(), "not valid " + (file.isYaml() ? "YAML" : "JSON") + where(ex.getLocation())
						+ ": " + ex.getOriginalMessage() + ". Nothing of this file was loaded.");
				return;
			}
			catch (ProjectionException ex) {
				problem(file.name(), ex.getMessage() + ". Nothing of this file was loaded.");
				return;
			}
			catch (IOException ex) {
				problem(file.name(), "could not be read: " + ex.getMessage());
				return;
			}
			fileReading.commit();
		}

		SnapshotContent finish(List<SnapshotFile> files) {
			if (droppedProblems > 0) {
				problems.add(new SourceProblem("…", droppedProblems + " more problems not listed"));
			}
			Map<FactKind<?>, List<Object>> lists = new HashMap<>();
			objects.forEach((kind, byKey) -> lists.put(kind, List.copyOf(byKey.values())));
			return new SnapshotContent(lists, present, Optional.ofNullable(version), problems,
					capturedAt(lists, files, newestHeartbeat));
		}

		/** The objects of one file, held until the file has parsed completely. */
		private final class FileReading {

			final SnapshotFile file;

			final List<Runnable> commits = new ArrayList<>();

			FileReading(SnapshotFile file) {
				this.file = file;
			}

			void readRoot(JsonParser p, ObjectMapper mapper) {
				ObjectNode fields = mapper.createObjectNode();
				String listKind = null;
				boolean list = false;
				List<JsonNode> waitingForKind = new ArrayList<>();
				String name;
				while ((name = p.nextName()) != null) {
					JsonToken t = p.nextToken();
					if ("items".equals(name) && t == JsonToken.START_ARRAY) {
						list = true;
						while (p.nextToken() != JsonToken.END_ARRAY) {
							JsonNode item = mapper.readTree(p);
							String kind = itemKind(item, listKind);
							if (kind == null) {
								// kubectl writes "items" before "kind"; typed list items carry no kind of their own.
								waitingForKind.add(item);
							}
							else {
								accept(item, kind, mapper);
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
						problem(file.name(), "an item with no kind in a list of unknown kind was skipped");
					}
					else {
						accept(item, kind, mapper);
					}
				}
				if (list) {
					markPresent(listKind);
				}
				else if (fields.has("gitVersion") && !fields.has("kind")) {
					ServerVersion v = new ServerVersion(fields.path("major").asString(),
							fields.path("minor").asString(), fields.path("gitVersion").asString(),
							fields.path("platform").asString(), fields.path("buildDate").asString());
					commits.add(() -> version = v);
				}
				else {
					accept(fields, fields.path("kind").asString(), mapper);
				}
			}

			/** An empty typed list ("PodList") or a file named for its kind ("pods.json") still says "none". */
			private void markPresent(String listKind) {
				Optional<FactKind<?>> kind = Optional.empty();
				if (listKind != null && listKind.endsWith("List") && !"List".equals(listKind)) {
					kind = FactKind.byKindName(listKind.substring(0, listKind.length() - 4));
				}
				if (kind.isEmpty()) {
					kind = FactKind.byPlural(file.stem());
				}
				kind.ifPresent((k) -> commits.add(() -> present.add(k)));
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

			private void accept(JsonNode object, String kindName, ObjectMapper mapper) {
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
					Instant heartbeat = k == FactKind.NODES ? heartbeat(object) : null;
					commits.add(() -> {
						newestHeartbeat = later(newestHeartbeat, heartbeat);
						present.add(k);
						// The same object in two files (a full list and a per-namespace dump) counts once.
						objects.computeIfAbsent(k, (x) -> new LinkedHashMap<>()).putIfAbsent(key, fact);
					});
				}
				catch (ProjectionException | JacksonException ex) {
					problem(file.name(), k.kind() + " " + key.replaceFirst("^/", "") + " skipped: "
							+ (ex instanceof JacksonException j ? j.getOriginalMessage() : ex.getMessage()));
				}
			}

			void commit() {
				commits.forEach(Runnable::run);
			}

		}

	}

	/** The newest lastHeartbeatTime of a node's conditions, or null. */
	private static Instant heartbeat(JsonNode node) {
		Instant newest = null;
		for (JsonNode condition : node.path("status").path("conditions")) {
			String time = condition.path("lastHeartbeatTime").asString();
			try {
				newest = time.isEmpty() ? newest : later(newest, OffsetDateTime.parse(time).toInstant());
			}
			catch (DateTimeParseException ex) {
				// A malformed heartbeat only costs the estimate of the capture time.
			}
		}
		return newest;
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 0) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	private static Instant capturedAt(Map<FactKind<?>, List<Object>> lists, List<SnapshotFile> files,
			Instant newestHeartbeat) {
		Instant newest = newestHeartbeat;
		for (Object o : lists.getOrDefault(FactKind.LEASES, List.of())) {
			newest = later(newest, ((LeaseFact) o).renewTime());
		}
		if (newest != null) {
			return newest;
		}
		long newestFile = files.stream().mapToLong(SnapshotFile::lastModified).max().orElse(0);
		return newestFile > 0 ? Instant.ofEpochMilli(newestFile) : Instant.now();
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

}
