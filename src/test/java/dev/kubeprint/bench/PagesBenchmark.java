package dev.kubeprint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.kubeprint.testing.Kubeconfigs;

/**
 * Pages under load at 150,000 pods: the packaged app (or another jar, to compare with an older commit) watches the
 * fake API server's generated cluster; once it is ready, wrk at 100 connections reads the overview page, an
 * unchanged panel refresh (HX-Request with the etag the page holds, answered 204), the nodes page, and a static file
 * (what the filter chain and the servlet cost alone), in as many rounds as asked. Figures, never assertions:
 * {@code ./mvnw -Pbench-pages verify [-Dbench.jar=/tmp/base.jar] [-Dbench.rounds=3]}. Needs wrk
 * ({@code apt-get install wrk}).
 */
public final class PagesBenchmark {

	private static final Path WRK = Path.of("/usr/bin/wrk");

	private static final String[] JIT = { "C1 CompilerThre", "C2 CompilerThre" };

	private static final String[] CUTS = { "kubeprint-panel" };

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private static final Pattern COUNT = Pattern.compile("(\\d+) requests in");

	private static final Pattern ETAG = Pattern.compile("id=\"panel-diagram\".*?data-etag=\"([0-9a-f]+)\"", Pattern.DOTALL);

	private PagesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (!Files.isExecutable(WRK)) {
			System.out.println("wrk is not installed: apt-get install -y wrk (Debian's package), then run again");
			System.exit(1);
		}
		int nodes = Integer.parseInt(args[0]);
		int pods = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		int connections = Integer.parseInt(args[3]);
		String heap = args[4];
		Path jar = args.length > 5 && !args[5].isBlank() ? Path.of(args[5]) : packagedJar();
		// More of the app's arguments, e.g. --kubeprint.probe-interval=1h to keep the facts version still.
		List<String> appArguments = args.length > 6 && !args[6].isBlank() ? List.of(args[6].trim().split("\\s+"))
				: List.of();
		// More of the app's JVM options, e.g. -Xlog:gc:file=target/gc.log to see the collector's pauses.
		List<String> jvmOptions = args.length > 7 && !args[7].isBlank() ? List.of(args[7].trim().split("\\s+"))
				: List.of();
		// Rounds of the measured runs, one after the other in the same app: runs of the same code differ, a lone run
		// is no figure to hold a target to. Which requests: overview, refresh, nodes, static (all by default).
		int rounds = args.length > 8 && !args[8].isBlank() ? Integer.parseInt(args[8].trim()) : 1;
		List<String> requests = args.length > 9 && !args[9].isBlank() ? List.of(args[9].trim().split("\\s*,\\s*"))
				: List.of("overview", "refresh", "nodes", "static");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process server = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
				FakeApiServer.class.getName(), String.valueOf(nodes), String.valueOf(pods)).redirectErrorStream(true).start();
		try {
			String ready = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
			if (ready == null || !ready.startsWith("READY ")) {
				throw new IllegalStateException("fake API server did not start: " + ready);
			}
			run(java, jar, heap, jvmOptions, appArguments, "http://127.0.0.1:" + ready.substring(6).trim(), nodes, pods, seconds,
					connections, rounds, requests);
		}
		finally {
			server.destroyForcibly();
		}
	}

	private static void run(String java, Path jar, String heap, List<String> jvmOptions, List<String> appArguments,
			String apiUrl, int nodeCount,
			int pods, int seconds, int connections, int rounds, List<String> requests) throws Exception {
		Path kubeconfig = Kubeconfigs.oneContext("bench", apiUrl);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(),
				"--server.port=" + port, "--server.address=127.0.0.1", "--logging.level.root=WARN",
				"--kubeprint.clusters[0].name=bench", "--kubeprint.clusters[0].context=bench",
				"--kubeprint.clusters[0].kubeconfig=" + kubeconfig));
		command.addAll(appArguments);
		Process app = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Path.of("target", "bench-pages-app.log").toFile())
			.start();
		try {
			String base = "http://127.0.0.1:" + port;
			HttpClient http = HttpClient.newHttpClient();
			long start = System.nanoTime();
			while (status(http, base + "/actuator/health/readiness", null) != 200) {
				if (!app.isAlive() || System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
					throw new IllegalStateException("the app did not get ready: see target/bench-pages-app.log");
				}
				Thread.sleep(200);
			}
			System.out.printf("app ready after %.1f s (%d nodes, %d pods, -Xmx%s, %s %s)%n",
					(System.nanoTime() - start) / 1e9, nodeCount, pods, heap, jar, String.join(" ", appArguments));
			String overview = base + "/clusters/bench";
			String page = http.send(HttpRequest.newBuilder(URI.create(overview)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher etag = ETAG.matcher(page);
			if (!etag.find()) {
				throw new IllegalStateException("no diagram panel on the overview: " + page.length() + " characters");
			}
			String refresh = base + "/clusters/bench/panels/diagram?have=" + etag.group(1);
			int refreshStatus = status(http, refresh, "true");
			System.out.printf("overview %d KiB; the refresh answers %d%n", page.length() >> 10, refreshStatus);
			// The nodes page as a browser first asks for it (no gzip): its size, and the first fetch, analysis included.
			String nodesUrl = base + "/clusters/bench/nodes";
			long asked = System.nanoTime();
			byte[] nodesPage = http.send(HttpRequest.newBuilder(URI.create(nodesUrl)).build(),
					HttpResponse.BodyHandlers.ofByteArray()).body();
			System.out.printf("nodes page at %d nodes: %,d bytes, first fetch %.0f ms%n", nodeCount, nodesPage.length,
					(System.nanoTime() - asked) / 1e6);
			List<String> rows = new ArrayList<>();
			// Warm-up: the JIT compiles what the measured runs execute.
			wrk(overview, List.of(), 10, connections);
			wrk(refresh, List.of("-H", "HX-Request: true"), 10, connections);
			for (int round = 1; round <= rounds; round++) {
				String suffix = rounds > 1 ? ", round " + round : "";
				if (requests.contains("overview")) {
					rows.add(row(app, "overview page" + suffix, overview, List.of(), seconds, connections));
				}
				if (requests.contains("refresh")) {
					rows.add(row(app, "unchanged refresh (204)" + suffix, refresh, List.of("-H", "HX-Request: true"),
							seconds, connections));
				}
				if (requests.contains("nodes")) {
					rows.add(row(app, "nodes page" + suffix, nodesUrl, List.of(), seconds, connections));
				}
				if (requests.contains("static")) {
					rows.add(row(app, "static file (filters and servlet only)" + suffix, base + "/favicon.svg",
							List.of(), seconds, connections));
				}
			}
			System.out.println();
			System.out.println("| request | requests/s | p50 | p90 | p99 | app CPU ms per request "
					+ "| of it JIT compiling, CPU s | of it panel cuts, CPU s | errors | load average before → after |");
			System.out.println("|---|---|---|---|---|---|---|---|---|---|");
			rows.forEach(System.out::println);
		}
		finally {
			app.destroy();
			app.waitFor(10, TimeUnit.SECONDS);
			app.destroyForcibly();
		}
	}

	/**
	 * Beside the rates, the app's CPU time per request (all its threads, GC included, from /proc): the one figure
	 * other work on a shared machine does not move much, as it says what a request costs rather than what it got.
	 */
	private static String row(Process app, String what, String url, List<String> headers, int seconds,
			int connections) throws IOException, InterruptedException {
		String before = load();
		long cpuBefore = cpuTicks(app);
		Map<String, Long> jitBefore = threadTicks(app, JIT);
		Map<String, Long> cutsBefore = threadTicks(app, CUTS);
		String out = wrk(url, headers, seconds, connections);
		long cpu = cpuTicks(app) - cpuBefore;
		double jit = secondsBetween(jitBefore, threadTicks(app, JIT));
		double cuts = secondsBetween(cutsBefore, threadTicks(app, CUTS));
		Matcher rate = RATE.matcher(out);
		Matcher count = COUNT.matcher(out);
		String perRequest = count.find() && Long.parseLong(count.group(1)) > 0
				? String.format("%.3f", cpu * 10.0 / Long.parseLong(count.group(1))) : "?";
		return String.format("| %s | %s | %s | %s | %s | %s | %.1f | %.1f | %s | %s → %s |", what,
				rate.find() ? rate.group(1) : "?", percentile(out, "50"), percentile(out, "90"), percentile(out, "99"),
				perRequest, jit, cuts, errors(out), before, load());
	}

	/**
	 * utime + stime of each of the app's threads whose names start with one of {@code names} (as /proc keeps them:
	 * 15 characters), in clock ticks by thread id: the JIT's compiler threads say whether the JVM was still warming
	 * up during a run, the panel cutters what new facts versions cost beside the requests.
	 */
	private static Map<String, Long> threadTicks(Process app, String... names) throws IOException {
		Map<String, Long> ticks = new HashMap<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(app.pid()), "task"))) {
			for (Path task : tasks.toList()) {
				try {
					String comm = Files.readString(task.resolve("comm")).strip();
					if (Arrays.stream(names).anyMatch(comm::startsWith)) {
						String stat = Files.readString(task.resolve("stat"));
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						ticks.put(task.getFileName().toString(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
					}
				}
				catch (IOException ended) {
					// The thread ended between listing and reading: its time is gone with it.
				}
			}
		}
		return ticks;
	}

	/**
	 * CPU seconds the threads spent between two readings. Pool threads end when idle and take their time with them:
	 * a thread that ended during the run is not counted (the figure is a lower bound), one that started is counted
	 * from zero.
	 */
	private static double secondsBetween(Map<String, Long> before, Map<String, Long> after) {
		return after.entrySet().stream().mapToLong((e) -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum()
				/ 100.0;
	}

	/** utime + stime of the process, in clock ticks (10 ms each on Linux). */
	private static long cpuTicks(Process app) throws IOException {
		String stat = Files.readString(Path.of("/proc", String.valueOf(app.pid()), "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	private static String wrk(String url, List<String> headers, int seconds, int connections)
			throws IOException, InterruptedException {
		// A response slower than wrk's 2 s default would count as no response at all on a loaded machine.
		List<String> command = new ArrayList<>(List.of(WRK.toString(), "-t2", "-c" + connections, "-d" + seconds + "s",
				"--timeout", "20s", "--latency"));
		command.addAll(headers);
		command.add(url);
		Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		System.out.println(String.join(" ", command));
		System.out.println(out);
		return out;
	}

	private static String percentile(String wrk, String which) {
		Matcher m = Pattern.compile("\\s" + which + "%\\s+([0-9.]+[a-z]+)").matcher(wrk);
		return m.find() ? m.group(1) : "?";
	}

	private static String errors(String wrk) {
		Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(wrk);
		Matcher socket = Pattern.compile("Socket errors: (.*)").matcher(wrk);
		return (non2xx.find() ? non2xx.group(1) + " non-2xx" : "none")
				+ (socket.find() ? "; socket errors: " + socket.group(1).trim() : "");
	}

	private static int status(HttpClient http, String url, String hxRequest) throws InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (hxRequest != null) {
			request.header("HX-Request", hxRequest);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((p) -> p.getFileName().toString().matches("kubeprint-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run with -Pbench-pages verify"));
		}
	}

	private static String load() throws IOException {
		String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return fields[0] + " " + fields[1] + " " + fields[2];
	}

}
