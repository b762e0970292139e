package dev.kubeprint.bench;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A kube-apiserver as far as listing and watching go: paginated lists with continue tokens and
 * remainingItemCount, resourceVersion=0 served "from the watch cache" (paged, or in one response as older
 * servers do), watches with bookmarks and churn. Runs in its own process so that its memory is not counted
 * against the client being measured. Loopback only.
 *
 * Lists over 128 KiB are gzipped for a client that asks, as kube-apiserver does; watches never are.
 *
 * <p>Arguments: nodes pods [--unpaged-rv0] [--churn EVENTS_PER_SECOND] [--shape realistic|legacy]. Prints
 * "READY port" when listening.
 */
public final class FakeApiServer {

	private static final Pattern COLLECTION = Pattern
		.compile("^/(?:api/v1|apis/[a-z0-9.]+/v1(?:beta1)?)(?:/namespaces/[a-z0-9-]+)?/([a-z]+)$");

	private final GeneratedCluster cluster;

	private final boolean unpagedRv0;

	private final int churnPerSecond;

	private final AtomicLong resourceVersion = new AtomicLong(100_000);

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong nonGet = new AtomicLong();

	/** JSON bytes written, before any compression. */
	private final AtomicLong bytes = new AtomicLong();

	/** Bytes sent, after compression. */
	private final AtomicLong wireBytes = new AtomicLong();

	FakeApiServer(GeneratedCluster cluster, boolean unpagedRv0, int churnPerSecond) {
		this.cluster = cluster;
		this.unpagedRv0 = unpagedRv0;
		this.churnPerSecond = churnPerSecond;
	}

	public static void main(String[] args) throws IOException {
		int nodes = Integer.parseInt(args[0]);
		int pods = Integer.parseInt(args[1]);
		boolean unpaged = false;
		int churn = 0;
		GeneratedCluster.Shape shape = GeneratedCluster.Shape.REALISTIC;
		for (int i = 2; i < args.length; i++) {
			if ("--unpaged-rv0".equals(args[i])) {
				unpaged = true;
			}
			else if ("--churn".equals(args[i])) {
				churn = Integer.parseInt(args[++i]);
			}
			else if ("--shape".equals(args[i])) {
				shape = GeneratedCluster.Shape.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
			}
		}
		HttpServer server = new FakeApiServer(new GeneratedCluster(nodes, pods, shape), unpaged, churn).start();
		System.out.println("READY " + server.getAddress().getPort());
		System.out.flush();
	}

	/** Listens on a free loopback port. */
	HttpServer start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/", this::handle);
		server.start();
		return server;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			// Under /c{n}/ a cluster of its own for FleetBenchmark's live fleet: one server, many kubeconfig clusters.
			String path = exchange.getRequestURI().getPath().replaceFirst("^/c[0-9]+/", "/");
			if ("/_stats".equals(path)) {
				reply(exchange, 200, "requests=" + requests.get() + " nonGet=" + nonGet.get() + " bytes=" + bytes.get()
						+ " wireBytes=" + wireBytes.get());
				return;
			}
			requests.incrementAndGet();
			if (!"GET".equals(exchange.getRequestMethod())) {
				nonGet.incrementAndGet();
				reply(exchange, 405, "{\"kind\":\"Status\",\"status\":\"Failure\",\"code\":405}");
				return;
			}
			if ("/version".equals(path)) {
				reply(exchange, 200, "{\"major\":\"1\",\"minor\":\"30\",\"gitVersion\":\"v1.30.6\",\"platform\":\"linux/amd64\"}");
				return;
			}
			Matcher m = COLLECTION.matcher(path);
			if (!m.matches()) {
				reply(exchange, 404, "{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"NotFound\",\"code\":404}");
				return;
			}
			Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
			String resource = m.group(1);
			if ("1".equals(query.get("watch")) || "true".equals(query.get("watch"))) {
				watch(exchange, resource, query);
			}
			else {
				list(exchange, resource, query);
			}
		}
		catch (RuntimeException ex) {
			// The JDK server drops handler exceptions silently; a broken benchmark must say so.
			ex.printStackTrace();
			throw ex;
		}
	}

	private int count(String resource) {
		return switch (resource) {
			case "nodes" -> cluster.nodes;
			case "pods" -> cluster.pods;
			default -> 0;
		};
	}

	private byte[] item(String resource, int i, long rv) {
		return "nodes".equals(resource) ? cluster.node(i, rv) : cluster.pod(i, rv);
	}

	private void list(HttpExchange exchange, String resource, Map<String, String> query) throws IOException {
		int total = count(resource);
		int limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : 0;
		boolean fromCache = "0".equals(query.get("resourceVersion"));
		if (fromCache && unpagedRv0) {
			limit = 0;
		}
		int start = 0;
		long rv = resourceVersion.get();
		if (query.containsKey("continue")) {
			String[] token = new String(Base64.getUrlDecoder().decode(query.get("continue")), StandardCharsets.UTF_8)
				.split(":");
			start = Integer.parseInt(token[0]);
			rv = Long.parseLong(token[1]);
		}
		int end = limit > 0 ? Math.min(total, start + limit) : total;
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		try (OutputStream out = counted(new DeferredGzip(exchange, wireBytes))) {
			StringBuilder meta = new StringBuilder("{\"kind\":\"List\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"")
				.append(rv)
				.append('"');
			if (end < total) {
				String token = Base64.getUrlEncoder().withoutPadding()
					.encodeToString((end + ":" + rv).getBytes(StandardCharsets.UTF_8));
				meta.append(",\"continue\":\"").append(token).append("\",\"remainingItemCount\":").append(total - end);
			}
			meta.append("},\"items\":[");
			out.write(meta.toString().getBytes(StandardCharsets.UTF_8));
			for (int i = start; i < end; i++) {
				if (i > start) {
					out.write(',');
				}
				out.write(item(resource, i, 1000 + i));
			}
			out.write("]}".getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Bookmarks every second; for pods, churn as MODIFIED events; ends at timeoutSeconds like a real server. */
	private void watch(HttpExchange exchange, String resource, Map<String, String> query) throws IOException {
		long timeoutMillis = Long.parseLong(query.getOrDefault("timeoutSeconds", "300")) * 1000;
		boolean bookmarks = "true".equals(query.get("allowWatchBookmarks"));
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, 0);
		long deadline = System.currentTimeMillis() + timeoutMillis;
		long nextBookmark = System.currentTimeMillis() + 1000;
		int churn = "pods".equals(resource) && cluster.pods > 0 ? churnPerSecond : 0;
		try (OutputStream out = counted(wire(exchange.getResponseBody()))) {
			while (System.currentTimeMillis() < deadline) {
				for (int e = 0; e < churn / 10; e++) {
					long rv = resourceVersion.incrementAndGet();
					int i = ThreadLocalRandom.current().nextInt(cluster.pods);
					out.write("{\"type\":\"MODIFIED\",\"object\":".getBytes(StandardCharsets.UTF_8));
					out.write(cluster.pod(i, rv));
					out.write("}\n".getBytes(StandardCharsets.UTF_8));
				}
				if (bookmarks && System.currentTimeMillis() >= nextBookmark) {
					out.write(("{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":"
							+ "{\"resourceVersion\":\"" + resourceVersion.get() + "\"}}}\n").getBytes(StandardCharsets.UTF_8));
					nextBookmark += 1000;
				}
				out.flush();
				Thread.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// The client went away: that ends a watch.
		}
	}

	private OutputStream wire(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
				wireBytes.addAndGet(len);
			}
		};
	}

	private OutputStream counted(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(int b) throws IOException {
				out.write(b);
				bytes.incrementAndGet();
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
				bytes.addAndGet(len);
			}
		};
	}

	private void reply(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new HashMap<>();
		if (raw == null) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String key = eq < 0 ? pair : pair.substring(0, eq);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			query.put(key, value);
		}
		return query;
	}

}
