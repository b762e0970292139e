package dev.kubeprint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the cold-sync benchmark end to end: starts the fake API server in its own JVM, then each client
 * mode in a fresh JVM with its own heap limit, and prints a Markdown table for BENCHMARKS.md.
 *
 * <p>{@code ./mvnw -Pbench verify -Dbench.nodes=5000 -Dbench.pods=150000 [-Dbench.modes=floor,source]}
 */
public final class SyncBenchmarks {

	public static void main(String[] args) throws Exception {
		int nodes = Integer.parseInt(args[0]);
		int pods = Integer.parseInt(args[1]);
		String appHeap = args.length > 2 ? args[2] : "384m";
		String informerHeap = args.length > 3 ? args[3] : "12g";
		long timeoutSeconds = args.length > 4 ? Long.parseLong(args[4]) : 600;
		List<String> modes = List.of((args.length > 5 ? args[5] : "floor,source,app,informer").split(","));
		// Floor and Kubeprint alternate over rounds, so a busy moment of the machine hits both alike.
		int rounds = args.length > 6 ? Integer.parseInt(args[6]) : 3;
		String java = ProcessHandle.current().info().command().orElse("java");
		String classpath = System.getProperty("java.class.path");
		Process server = new ProcessBuilder(java, "-Xmx2g", "-cp", classpath, FakeApiServer.class.getName(),
				String.valueOf(nodes), String.valueOf(pods), "--churn", "50")
			.redirectErrorStream(true)
			.start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
			String ready = out.readLine();
			if (ready == null || !ready.startsWith("READY ")) {
				throw new IllegalStateException("fake API server did not start: " + ready);
			}
			String url = "http://127.0.0.1:" + ready.substring(6).trim();
			List<String> rows = new ArrayList<>();
			List<String[]> runs = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				for (String mode : List.of("floor", "source")) {
					runs.add(new String[] { mode, "floor".equals(mode) ? "2g" : appHeap });
				}
			}
			runs.add(new String[] { "app", appHeap });
			runs.add(new String[] { "informer", informerHeap });
			for (String[] run : runs) {
				if (!modes.contains(run[0])) {
					continue;
				}
				String before = stats(url);
				String result = "app".equals(run[0]) ? WholeAppRun.run(java, run[1], url, nodes, pods, timeoutSeconds)
						: run(java, classpath, run[0], run[1], url, nodes, pods, timeoutSeconds);
				String after = stats(url);
				rows.add("| " + run[0] + " | -Xmx" + run[1] + " | " + result + " | " + delta(before, after) + " |");
				System.out.println(rows.get(rows.size() - 1));
			}
			System.out.printf("%nCold sync, %d nodes and %d pods, %d cores, Java %s%n%n", nodes, pods,
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
			System.out.println("| client | heap limit | result | requests, bytes received, non-GET |");
			System.out.println("|---|---|---|---|");
			rows.forEach(System.out::println);
		}
		finally {
			server.destroyForcibly();
		}
	}

	private static String run(String java, String classpath, String mode, String heap, String url, int nodes, int pods,
			long timeoutSeconds) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(java, "-Xmx" + heap, "-XX:+UseG1GC", "-cp", classpath,
				SyncBenchmark.class.getName(), mode, url, String.valueOf(nodes), String.valueOf(pods),
				String.valueOf(timeoutSeconds))
			.redirectErrorStream(true)
			.start();
		String result = "no result";
		try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("RESULT ")) {
					result = line.substring(7);
				}
				else if (line.contains("OutOfMemoryError")) {
					result = "OutOfMemoryError";
				}
			}
		}
		p.waitFor();
		return result;
	}

	private static String stats(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url + "/_stats")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/** "requests=12 nonGet=0 bytes=123" before and after, as the difference. */
	private static String delta(String before, String after) {
		long[] b = numbers(before);
		long[] a = numbers(after);
		return String.format("%d requests, %.1f MiB, %d non-GET", a[0] - b[0], (a[2] - b[2]) / 1048576.0, a[1] - b[1]);
	}

	private static long[] numbers(String stats) {
		String[] parts = stats.trim().split(" ");
		long[] n = new long[parts.length];
		for (int i = 0; i < parts.length; i++) {
			n[i] = Long.parseLong(parts[i].substring(parts[i].indexOf('=') + 1));
		}
		return n;
	}

}
