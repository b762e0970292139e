package dev.kubeprint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the cold-sync benchmark end to end: starts the fake API server in its own JVM, then each client
 * mode in a fresh JVM with its own heap limit, all pinned to the same cores, and prints a Markdown table for
 * BENCHMARKS.md.
 *
 * <p>{@code ./mvnw -Pbench verify -Dbench.nodes=5000 -Dbench.pods=150000 [-Dbench.modes=floor,source]
 * [-Dbench.gzip=off,on] [-Dbench.cpus=0,1] [-Dbench.shape=realistic|legacy]}
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
		List<String> gzips = List.of((args.length > 7 ? args[7] : "off,on").split(","));
		// The server and every client on the same cores, as in production, so decode CPU is taken from the server.
		String cpus = args.length > 8 ? args[8].trim() : "0,1";
		List<String> pin = cpus.isEmpty() ? List.of() : List.of("taskset", "-c", cpus);
		String shape = args.length > 9 ? args[9] : "realistic";
		String java = ProcessHandle.current().info().command().orElse("java");
		String classpath = System.getProperty("java.class.path");
		List<String> serverCommand = new ArrayList<>(pin);
		serverCommand.addAll(List.of(java, "-Xmx2g", "-cp", classpath, FakeApiServer.class.getName(),
				String.valueOf(nodes), String.valueOf(pods), "--churn", "50", "--shape", shape));
		Process server = new ProcessBuilder(serverCommand).redirectErrorStream(true).start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
			String ready = out.readLine();
			if (ready == null || !ready.startsWith("READY ")) {
				throw new IllegalStateException("fake API server did not start: " + ready);
			}
			String url = "http://127.0.0.1:" + ready.substring(6).trim();
			List<String> rows = new ArrayList<>();
			Map<String, List<Double>> seconds = new TreeMap<>();
			for (String gzip : gzips) {
				for (int round = 0; round < rounds; round++) {
					for (String mode : List.of("floor", "source")) {
						if (modes.contains(mode)) {
							String row = measure(pin, java, classpath, mode, "floor".equals(mode) ? "2g" : appHeap, gzip,
									url, nodes, pods, timeoutSeconds, seconds);
							rows.add(row);
							System.out.println(row);
						}
					}
				}
			}
			for (String mode : List.of("app", "informer")) {
				if (modes.contains(mode)) {
					String heap = "app".equals(mode) ? appHeap : informerHeap;
					String before = stats(url);
					String load = load();
					String result = "app".equals(mode) ? WholeAppRun.run(pin, java, heap, url, nodes, pods, timeoutSeconds)
							: run(pin, java, classpath, mode, heap, "auto", url, nodes, pods, timeoutSeconds);
					rows.add("| " + mode + " | auto | -Xmx" + heap + " | " + result + " | " + delta(before, stats(url), result)
							+ " | " + load + " → " + load() + " |");
					System.out.println(rows.get(rows.size() - 1));
				}
			}
			System.out.printf("%nCold sync, %d nodes and %d pods (%s shape), %d cores, pinned to cpus %s, Java %s%n%n",
					nodes, pods, shape, Runtime.getRuntime().availableProcessors(), cpus.isEmpty() ? "none" : cpus,
					System.getProperty("java.version"));
			System.out.println("| client | gzip | heap limit | result | requests, JSON, on the wire, non-GET, CPU-s per GB"
					+ " of JSON | load average before → after |");
			System.out.println("|---|---|---|---|---|---|");
			rows.forEach(System.out::println);
			System.out.println();
			seconds.forEach((k, v) -> System.out.println(k + ": " + v + ", median " + median(v)));
			for (String gzip : gzips) {
				List<Double> floor = seconds.get("floor gzip=" + gzip);
				List<Double> source = seconds.get("source gzip=" + gzip);
				if (floor != null && source != null) {
					System.out.printf("gzip %s: source median / floor median = %.2f%n", gzip, median(source) / median(floor));
				}
			}
		}
		finally {
			server.destroyForcibly();
		}
	}

	private static String measure(List<String> pin, String java, String classpath, String mode, String heap, String gzip,
			String url, int nodes, int pods, long timeoutSeconds, Map<String, List<Double>> seconds)
			throws IOException, InterruptedException {
		String before = stats(url);
		String load = load();
		String result = run(pin, java, classpath, mode, heap, gzip, url, nodes, pods, timeoutSeconds);
		String after = stats(url);
		String value = field(result, "seconds");
		if (!value.isEmpty() && !result.contains("failed=")) {
			seconds.computeIfAbsent(mode + " gzip=" + gzip, (k) -> new ArrayList<>()).add(Double.parseDouble(value));
		}
		return "| " + mode + " | " + gzip + " | -Xmx" + heap + " | " + result + " | " + delta(before, after, result) + " | "
				+ load + " → " + load() + " |";
	}

	private static String run(List<String> pin, String java, String classpath, String mode, String heap, String gzip,
			String url, int nodes, int pods, long timeoutSeconds) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(pin);
		command.addAll(List.of(java, "-Xmx" + heap, "-XX:+UseG1GC", "-cp", classpath, SyncBenchmark.class.getName(),
				mode, url, String.valueOf(nodes), String.valueOf(pods), String.valueOf(timeoutSeconds), gzip));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
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

	/** The 1-minute load average, since other work on the machine is part of every figure. */
	private static String load() throws IOException {
		return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
	}

	/** "requests=12 nonGet=0 bytes=123 wireBytes=45" before and after, as the difference, and CPU per GB. */
	private static String delta(String before, String after, String result) {
		long[] b = numbers(before);
		long[] a = numbers(after);
		long json = a[2] - b[2];
		String cpu = field(result, "cpuSeconds");
		String perGb = cpu.isEmpty() || json == 0 ? "—" : String.format("%.2f", Double.parseDouble(cpu) / (json / 1e9));
		return String.format("%d requests, %.1f MiB JSON, %.1f MiB on the wire, %d non-GET, %s CPU-s/GB", a[0] - b[0],
				json / 1048576.0, (a[3] - b[3]) / 1048576.0, a[1] - b[1], perGb);
	}

	private static String field(String result, String name) {
		for (String part : result.split(" ")) {
			if (part.startsWith(name + "=")) {
				return part.substring(name.length() + 1);
			}
		}
		return "";
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
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
