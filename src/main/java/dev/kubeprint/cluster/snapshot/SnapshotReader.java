package dev.kubeprint.cluster.snapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.ServerVersion;
import dev.kubeprint.cluster.facts.SourceProblem;
import dev.kubeprint.cluster.probe.PrometheusText;
import dev.kubeprint.cluster.projection.Interner;
import dev.kubeprint.cluster.projection.ProjectionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads what collectors write: {@code kubectl get -o json|yaml}, {@code kubectl cluster-info dump} (a tree, or
 * its stdout with JSON documents and container logs one after another), Sonobuoy's {@code resources/},
 * troubleshoot.sh's {@code cluster-resources/}, bare arrays, YAML from any serializer, and the raw captures of
 * /readyz, /livez, /metrics and etcdctl beside them. Lists are streamed item by item, so a large dump is never
 * one tree in memory. A malformed file is named with its reason and contributes nothing; a malformed object is
 * named and skipped; everything else loads.
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

	private final Clock clock;

	public SnapshotReader() {
		this(Clock.systemUTC());
	}

	/** @param clock dates the reading itself, which stands in for the capture time only where that is unknown */
	public SnapshotReader(Clock clock) {
		this.clock = clock;
	}

	public SnapshotContent read(List<SnapshotFile> files) {
		Reading reading = new Reading();
		files.forEach(reading::readFile);
		return reading.finish();
	}

	/** Reads a location in one pass: an archive is decompressed once, entry after entry. */
	public SnapshotContent read(SnapshotLocation location) {
		Reading reading = new Reading();
		location.forEachFile(reading::readFile, reading::problem);
		return reading.finish();
	}

	/** The state of one read of a whole snapshot. */
	private final class Reading implements DocumentReading.Sink {

		final Map<FactKind<?>, Map<String, Object>> objects = new LinkedHashMap<>();

		final Set<FactKind<?>> present = new HashSet<>();

		final List<SourceProblem> problems = new ArrayList<>();

		final Captures captures = new Captures();

		int droppedProblems;

		ServerVersion version;

		Instant newest;

		@Override
		public void problem(String where, String reason) {
			if (problems.size() < MAX_PROBLEMS) {
				problems.add(new SourceProblem(where, reason));
			}
			else {
				droppedProblems++;
			}
		}

		@Override
		public void object(FactKind<?> kind, String key, Object fact) {
			present.add(kind);
			// The same object in two files (a full list and a per-namespace dump) counts once.
			objects.computeIfAbsent(kind, (x) -> new LinkedHashMap<>()).putIfAbsent(key, fact);
		}

		@Override
		public void present(FactKind<?> kind) {
			present.add(kind);
		}

		@Override
		public void version(ServerVersion v) {
			version = v;
		}

		@Override
		public void seen(Instant time) {
			newest = Timestamps.later(newest, time);
		}

		void readFile(SnapshotFile file) {
			String name = file.name();
			Optional<Captures.Kind> capture = Captures.of(name);
			boolean text = !file.isYaml() && !name.endsWith(".json");
			if (capture.isEmpty() && (text && isLog(name) || !SnapshotLocation.isSnapshotFile(name))) {
				return;
			}
			try (InputStream in = file.opener().open()) {
				if (capture.isPresent()) {
					readCapture(capture.get(), name, in);
				}
				else if (file.isYaml()) {
					readDocuments(name, YAML, YAML.createParser(in));
				}
				else {
					Reader reader = new BufferedReader(new LogSections(new InputStreamReader(in, StandardCharsets.UTF_8)));
					// A .txt is read only when it holds JSON (cluster-info dump's stdout saved as a file)
					if (!text || startsAsJson(reader)) {
						readDocuments(name, JSON, JSON.createParser(reader));
					}
				}
			}
			catch (JacksonException ex) {
				problem(name, "not valid " + (file.isYaml() ? "YAML" : "JSON") + where(ex.getLocation()) + ": "
						+ ex.getOriginalMessage() + ". Nothing of this file was loaded.");
			}
			catch (ProjectionException | PrometheusText.FormatException ex) {
				problem(name, ex.getMessage() + ". Nothing of this file was loaded.");
			}
			catch (IOException ex) {
				problem(name, "could not be read: " + ex.getMessage());
			}
		}

		private void readDocuments(String name, ObjectMapper mapper, JsonParser parser) {
			DocumentReading document = new DocumentReading(name, this, interner, mapper);
			try (JsonParser p = parser) {
				document.readAll(p);
			}
			document.commit();
		}

		private void readCapture(Captures.Kind kind, String name, InputStream in) throws IOException {
			if (name.endsWith(".json") || kind.name().startsWith("ETCD")) {
				captures.json(kind, name, JSON.readTree(in));
			}
			else {
				captures.text(kind, name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
			}
		}

		SnapshotContent finish() {
			if (droppedProblems > 0) {
				problems.add(new SourceProblem("…", droppedProblems + " more problems not listed"));
			}
			Map<FactKind<?>, List<Object>> lists = new HashMap<>();
			objects.forEach((kind, byKey) -> lists.put(kind, List.copyOf(byKey.values())));
			return new SnapshotContent(lists, present, Optional.ofNullable(version), problems,
					Optional.ofNullable(newest), captures.probes(newest, clock.instant(), version));
		}

	}

	/** Container logs: cluster-info dump's {@code <ns>/<pod>/logs.txt}, Sonobuoy's and troubleshoot's logs folders. */
	private static boolean isLog(String name) {
		String path = "/" + name;
		return FileNames.base(name).equals("logs") || path.contains("/logs/") || path.contains("/podlogs/");
	}

	/** Peeks at the first character that is not white space, then puts it back. */
	private static boolean startsAsJson(Reader reader) throws IOException {
		reader.mark(1);
		int c;
		while ((c = reader.read()) >= 0 && Character.isWhitespace(c)) {
			reader.mark(1);
		}
		reader.reset();
		return c == '{' || c == '[';
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 0) {
			return "";
		}
		return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

}
