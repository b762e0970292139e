package dev.kubeprint.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.kubeprint.KubeprintApplication;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.LatestFacts;
import dev.kubeprint.testing.DemoCopy;

/**
 * What a fleet of small clusters costs: the app watches N copies of the demo snapshot (24 nodes, 201 pods each,
 * every copy read and watched for changes), the fleet page is rendered once so that every cluster's views are
 * cached as they are in use, then a full GC and the heap in use; the same with one cluster gives the heap per
 * watched cluster. Then the fleet page's render time at N: whole page and the tiles' refresh when nothing
 * changed (204). Figures, never assertions: {@code ./mvnw -Pbench-fleet verify -Dbench.clusters=200}.
 */
public final class FleetBenchmark {

	private FleetBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int clusters = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		if (args.length > 2 && "live".equals(args[2])) {
			live(clusters, rounds);
			return;
		}
		Path root = Files.createTempDirectory("kubeprint-fleet-bench");
		Path demo = DemoCopy.into(Files.createDirectories(root.resolve("c0")));
		for (int i = 1; i < clusters; i++) {
			copy(demo, root.resolve("c" + i));
		}
		long one = run(root, 1, 0);
		long many = run(root, clusters, rounds);
		System.out.printf(Locale.ROOT, "heap in use after GC: 1 cluster %.1f MiB, %d clusters %.1f MiB, "
				+ "%.2f MiB per watched cluster%n", one / 1048576.0, clusters, many / 1048576.0,
				(many - one) / 1048576.0 / (clusters - 1));
	}

	/** Hard links: the copies cost no disk, and each is still a directory of its own that the app reads and watches. */
	private static void copy(Path from, Path to) throws Exception {
		try (var files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.createLink(target, file);
				}
			}
		}
	}

	/**
	 * The same with live clusters (one fake API server, 24 nodes and 200 pods each, every kind listed and
	 * watched), and the threads the app keeps for them: {@code -Dbench.mode=live}.
	 */
	private static void live(int clusters, int rounds) throws Exception {
		try (LiveFleet fleet = LiveFleet.start(clusters, 24, 200)) {
			long one = run(fleet.arguments(1), 1, 0);
			int threadsOne = threads;
			long many = run(fleet.arguments(clusters), clusters, rounds);
			System.out.printf(Locale.ROOT, "live: heap in use after GC: 1 cluster %.1f MiB, %d clusters %.1f MiB, "
					+ "%.2f MiB per watched live cluster; live threads: 1 cluster %d, %d clusters %d "
					+ "(%.1f per cluster), peak %d%n", one / 1048576.0, clusters, many / 1048576.0,
					(many - one) / 1048576.0 / (clusters - 1), threadsOne, clusters, threads,
					(threads - threadsOne) / (double) (clusters - 1), peakThreads);
		}
	}

	/** Live and peak threads of the last run, read with its heap. */
	private static int threads;

	private static int peakThreads;

	/** @return the heap in use after a full GC, with every cluster read and its fleet tile rendered */
	private static long run(Path root, int clusters, int rounds) throws Exception {
		List<String> arguments = new ArrayList<>();
		for (int i = 0; i < clusters; i++) {
			arguments.add("--kubeprint.clusters[" + i + "].name=c" + i);
			arguments.add("--kubeprint.clusters[" + i + "].snapshot=" + root.resolve("c" + i));
		}
		return run(arguments, clusters, rounds);
	}

	private static long run(List<String> clusterArguments, int clusters, int rounds) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--logging.level.root=WARN"));
		arguments.addAll(clusterArguments);
		ManagementFactory.getThreadMXBean().resetPeakThreadCount();
		long start = System.nanoTime();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KubeprintApplication.class)
			.run(arguments.toArray(String[]::new))) {
			LatestFacts facts = app.getBean(LatestFacts.class);
			while (!facts.all().stream().allMatch(ClusterFacts::synced)) {
				Thread.sleep(100);
			}
			double loaded = (System.nanoTime() - start) / 1e9;
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			String home = clusters > 1 ? "/" : "/clusters/c0";
			long first = System.nanoTime();
			String page = get(http, base + home).body();
			double firstSeconds = (System.nanoTime() - first) / 1e9;
			long used = usedAfterGc();
			threads = ManagementFactory.getThreadMXBean().getThreadCount();
			peakThreads = ManagementFactory.getThreadMXBean().getPeakThreadCount();
			if (rounds > 0) {
				double[] pages = new double[rounds];
				double[] refreshes = new double[rounds];
				String etag = page.replaceAll("(?s)^.*?id=\"fleet-tiles\".*?data-etag=\"([0-9a-f]+)\".*", "$1");
				for (int r = 0; r < rounds; r++) {
					long t = System.nanoTime();
					page = get(http, base + "/").body();
					pages[r] = (System.nanoTime() - t) / 1e6;
					t = System.nanoTime();
					int status = http.send(HttpRequest.newBuilder(URI.create(base + "/fleet/tiles?q=&state=&have=" + etag))
						.header("HX-Request", "true")
						.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
					refreshes[r] = (System.nanoTime() - t) / 1e6;
					if (status != 204) {
						etag = "changed";
					}
				}
				System.out.printf(Locale.ROOT, "%d clusters: all read in %.1f s; first fleet page (computes every view) "
						+ "%.2f s; fleet page %d KiB: median %.0f ms, p90 %.0f ms; tiles refresh answering 204%s: "
						+ "median %.0f ms, p90 %.0f ms (%d rounds)%n", clusters, loaded, firstSeconds,
						page.length() >> 10, quantile(pages, 0.5), quantile(pages, 0.9),
						"changed".equals(etag) ? " (some answered 200)" : "", quantile(refreshes, 0.5),
						quantile(refreshes, 0.9), rounds);
			}
			return used;
		}
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response;
	}

	private static long usedAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double quantile(double[] values, double q) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
	}

}
