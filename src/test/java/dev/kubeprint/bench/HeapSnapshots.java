package dev.kubeprint.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * V8 heap snapshots of the page a driver shows, taken over the browser's own DevTools socket (the driver's CDP call
 * cannot receive the snapshot, which comes as events), reduced to bytes and counts per node type and name, so two
 * can be told apart: what grew between them is what the page (or the browser) keeps.
 */
final class HeapSnapshots {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private HeapSnapshots() {
	}

	/** Bytes and count of the live objects of one type and name. */
	record Group(String key, long bytes, long count) {
	}

	/** Takes a snapshot (the browser collects garbage first) and sums it up by "type / name". */
	static Map<String, Group> take(ChromeDriver browser) throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, Object> options = (Map<String, Object>) browser.getCapabilities().getCapability("goog:chromeOptions");
		String address = (String) options.get("debuggerAddress");
		HttpClient http = HttpClient.newHttpClient();
		JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/json")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		String socket = null;
		for (JsonNode target : targets) {
			if ("page".equals(target.path("type").asString())) {
				socket = target.path("webSocketDebuggerUrl").asString();
			}
		}
		StringBuilder snapshot = new StringBuilder();
		CompletableFuture<Void> done = new CompletableFuture<>();
		WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(socket), new Collector(snapshot, done)).get();
		ws.sendText("{\"id\":1,\"method\":\"HeapProfiler.enable\"}", true).get();
		ws.sendText("{\"id\":2,\"method\":\"HeapProfiler.takeHeapSnapshot\",\"params\":{\"reportProgress\":false}}", true)
			.get();
		done.get(5, TimeUnit.MINUTES);
		ws.sendClose(WebSocket.NORMAL_CLOSURE, "").get();
		return summarize(JSON.readTree(snapshot.toString()));
	}

	private static Map<String, Group> summarize(JsonNode snapshot) {
		JsonNode meta = snapshot.path("snapshot").path("meta");
		List<String> fields = new ArrayList<>();
		meta.path("node_fields").forEach((f) -> fields.add(f.asString()));
		JsonNode types = meta.path("node_types").get(0);
		JsonNode strings = snapshot.path("strings");
		JsonNode nodes = snapshot.path("nodes");
		int width = fields.size();
		int type = fields.indexOf("type");
		int name = fields.indexOf("name");
		int size = fields.indexOf("self_size");
		Map<String, long[]> sums = new HashMap<>();
		for (int i = 0; i < nodes.size(); i += width) {
			String typeName = types.get(nodes.get(i + type).asInt()).asString();
			String nodeName = strings.get(nodes.get(i + name).asInt()).asString();
			// Strings and numbers are grouped by type alone: their names are their values.
			String key = switch (typeName) {
				case "string", "concatenated string", "sliced string", "number" -> typeName;
				default -> typeName + " / " + (nodeName.length() > 60 ? nodeName.substring(0, 60) : nodeName);
			};
			long[] sum = sums.computeIfAbsent(key, (k) -> new long[2]);
			sum[0] += nodes.get(i + size).asLong();
			sum[1]++;
		}
		Map<String, Group> groups = new HashMap<>();
		sums.forEach((k, v) -> groups.put(k, new Group(k, v[0], v[1])));
		return groups;
	}

	/** The groups that grew or shrank most from {@code before} to {@code after}, and the totals. */
	static void printDiff(Map<String, Group> before, Map<String, Group> after, int top) {
		Map<String, long[]> diff = new HashMap<>();
		after.forEach((k, g) -> diff.put(k, new long[] { g.bytes(), g.count() }));
		before.forEach((k, g) -> {
			long[] d = diff.computeIfAbsent(k, (x) -> new long[2]);
			d[0] -= g.bytes();
			d[1] -= g.count();
		});
		long total = diff.values().stream().mapToLong((d) -> d[0]).sum();
		System.out.printf(Locale.ROOT, "total self size %d -> %d bytes (%+d)%n", sum(before), sum(after), total);
		diff.entrySet()
			.stream()
			.filter((e) -> e.getValue()[0] != 0 || e.getValue()[1] != 0)
			.sorted((a, b) -> Long.compare(Math.abs(b.getValue()[0]), Math.abs(a.getValue()[0])))
			.limit(top)
			.forEach((e) -> System.out.printf(Locale.ROOT, "%+9d bytes %+6d objects  %s%n", e.getValue()[0],
					e.getValue()[1], e.getKey()));
	}

	private static long sum(Map<String, Group> groups) {
		return groups.values().stream().mapToLong(Group::bytes).sum();
	}

	/** Gathers the snapshot's chunks until the answer to the snapshot command (id 2) arrives. */
	private static final class Collector implements WebSocket.Listener {

		private final StringBuilder message = new StringBuilder();

		private final StringBuilder snapshot;

		private final CompletableFuture<Void> done;

		Collector(StringBuilder snapshot, CompletableFuture<Void> done) {
			this.snapshot = snapshot;
			this.done = done;
		}

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			message.append(data);
			if (last) {
				try {
					JsonNode parsed = JSON.readTree(message.toString());
					if ("HeapProfiler.addHeapSnapshotChunk".equals(parsed.path("method").asString())) {
						snapshot.append(parsed.path("params").path("chunk").asString());
					}
					else if (parsed.path("id").asInt() == 2) {
						done.complete(null);
					}
				}
				catch (RuntimeException ex) {
					done.completeExceptionally(ex);
				}
				message.setLength(0);
			}
			socket.request(1);
			return null;
		}

	}

}
