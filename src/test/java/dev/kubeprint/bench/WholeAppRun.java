package dev.kubeprint.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.kubeprint.testing.Kubeconfigs;

/**
 * The whole app, as shipped, at the stated heap limit: the packaged jar watches the generated cluster, the
 * overview page is rendered once (so the analyzers' views count too), then a full GC and the heap in use.
 */
final class WholeAppRun {

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	private WholeAppRun() {
	}

	/** @param pin the command that pins the app to the benchmark's cores (taskset), or empty */
	static String run(List<String> pin, String java, String heap, String apiUrl, int nodes, int pods,
			long timeoutSeconds) throws IOException, InterruptedException {
		Path jar;
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			jar = files.filter((p) -> p.getFileName().toString().matches("kubeprint-.*\\.jar")).findFirst().orElseThrow(
					() -> new IllegalStateException("no packaged jar in target/: run with -Pbench verify"));
		}
		Path kubeconfig = Kubeconfigs.oneContext("bench", apiUrl);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(pin);
		command.addAll(List.of(java, "-Xmx" + heap, "-jar", jar.toString(), "--server.port=" + port,
				// Loopback, where the app may be read without signing in; beyond it, it would refuse to start.
				"--server.address=127.0.0.1",
				"--kubeprint.clusters[0].name=bench", "--kubeprint.clusters[0].context=bench",
				"--kubeprint.clusters[0].kubeconfig=" + kubeconfig));
		Process app = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target", "bench-app.log").toFile())
			.start();
		try {
			HttpClient http = HttpClient.newHttpClient();
			String base = "http://127.0.0.1:" + port;
			long start = System.nanoTime();
			long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
			while (!ready(http, base)) {
				if (System.nanoTime() > deadline || !app.isAlive()) {
					return "failed=not_ready (see target/bench-app.log)";
				}
				Thread.sleep(50);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			String page = http.send(HttpRequest.newBuilder(URI.create(base + "/clusters/bench")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			String pid = String.valueOf(app.pid());
			jcmd(pid, "GC.run");
			String info = jcmd(pid, "GC.heap_info");
			Matcher used = USED.matcher(info);
			long usedKib = used.find() ? Long.parseLong(used.group(1)) : -1;
			return String.format("mode=app secondsToReady=%.2f (includes JVM and Spring start) liveHeapMiB=%d pageKiB=%d",
					seconds, usedKib >> 10, page.length() >> 10);
		}
		finally {
			app.destroy();
			app.waitFor(10, TimeUnit.SECONDS);
			app.destroyForcibly();
		}
	}

	private static boolean ready(HttpClient http, String base) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String jcmd(String pid, String command) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process p = new ProcessBuilder(jcmd.toString(), pid, command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes());
		p.waitFor();
		return out;
	}

}
