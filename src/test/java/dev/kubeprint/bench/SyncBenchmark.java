package dev.kubeprint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kubernetes.client.informer.SharedIndexInformer;
import io.kubernetes.client.informer.SharedInformerFactory;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Node;
import io.kubernetes.client.openapi.models.V1NodeList;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodList;
import io.kubernetes.client.util.ClientBuilder;

import dev.kubeprint.testing.Kubeconfigs;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.live.KubeconfigFiles;
import dev.kubeprint.cluster.live.LiveClusterSource;
import dev.kubeprint.cluster.live.LiveSettings;
import dev.kubeprint.config.KubeprintProperties.Compression;

/**
 * One measurement in a JVM of its own, so that heap figures belong to one client alone. Modes:
 * <ul>
 * <li>floor: read every page of nodes and pods as Kubeprint requests them, without decoding a byte</li>
 * <li>source: Kubeprint's live source until its first complete facts</li>
 * <li>informer: client-java's SharedInformerFactory for pods and nodes until both have synced</li>
 * </ul>
 * Prints one line "RESULT mode=... seconds=... cpuSeconds=... peakHeapMiB=... liveHeapMiB=..." (or "RESULT ...
 * failed=..."). cpuSeconds is this JVM's process CPU time over the sync (every thread: decoding, inflating, GC,
 * the HTTP client), which with client and server pinned to the same cores is what the client took from the server.
 *
 * <p>Arguments: mode serverUrl nodes pods timeoutSeconds [gzip: on|off, default off].
 */
public final class SyncBenchmark {

	private static final Pattern CONTINUE = Pattern.compile("\"continue\":\"([^\"]+)\"");

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		String url = args[1];
		int nodes = Integer.parseInt(args[2]);
		int pods = Integer.parseInt(args[3]);
		Duration timeout = Duration.ofSeconds(Long.parseLong(args[4]));
		boolean gzip = args.length > 5 && "on".equals(args[5]);
		HeapSampler sampler = new HeapSampler();
		sampler.start();
		long start = System.nanoTime();
		long cpuStart = cpuNanos();
		Object retained;
		try {
			retained = switch (mode) {
				case "floor" -> floor(url, gzip);
				case "source" -> source(url, nodes, pods, timeout, gzip);
				case "informer" -> informer(url, nodes, pods, timeout);
				default -> throw new IllegalArgumentException(mode);
			};
		}
		catch (Throwable ex) {
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("RESULT mode=%s seconds=%.1f peakHeapMiB=%d failed=%s%n", mode, seconds,
					sampler.peak() >> 20, ex.toString().replace(' ', '_'));
			System.exit(0);
			return;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (cpuNanos() - cpuStart) / 1e9;
		// Where the CPU went besides decoding: collector pauses (wall time, on every GC thread) and JIT compiling.
		double gcPauses = ManagementFactory.getGarbageCollectorMXBeans().stream()
			.mapToLong((gc) -> Math.max(0, gc.getCollectionTime()))
			.sum() / 1e3;
		double jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
		long peak = sampler.peak();
		System.gc();
		System.gc();
		long live = MEMORY.getHeapMemoryUsage().getUsed();
		System.out.printf("RESULT mode=%s seconds=%.2f cpuSeconds=%.2f gcPauseSeconds=%.2f jitSeconds=%.2f peakHeapMiB=%d"
				+ " liveHeapMiB=%d retained=%s%n", mode, seconds, cpu, gcPauses, jit, peak >> 20, live >> 20,
				retained.getClass().getSimpleName());
		System.exit(0);
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * Reads lists page by page, as Kubeprint asks for them, one thread per kind as Kubeprint lists kinds side
	 * by side, and throws the bytes away. With gzip it asks for compressed pages and inflates only the head of
	 * each, for its continue token: the floor is the time to receive; inflating is the client's work.
	 */
	private static Object floor(String url, boolean gzip) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var nodes = pool.submit(() -> readAll(http, url + "/api/v1/nodes", gzip));
			var pods = pool.submit(() -> readAll(http, url + "/api/v1/pods", gzip));
			return nodes.get() + pods.get();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long readAll(HttpClient http, String collection, boolean gzip)
			throws IOException, InterruptedException {
		long total = 0;
		byte[] buffer = new byte[1 << 16];
		String query = "resourceVersion=0&limit=500";
		while (query != null) {
			HttpResponse<InputStream> response = http.send(
					HttpRequest.newBuilder(URI.create(collection + "?" + query))
						.header("Accept-Encoding", gzip ? "gzip" : "identity")
						.GET()
						.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			String next = null;
			try (InputStream in = response.body()) {
				boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
				// The inflater reads the raw stream in 512-byte steps, so the rest is drained raw below.
				int n = (gzipped ? new java.util.zip.GZIPInputStream(in, 512) : in).readNBytes(buffer, 0, 1024);
				Matcher m = CONTINUE.matcher(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
				if (m.find()) {
					next = "limit=500&continue=" + m.group(1);
				}
				total += n;
				while ((n = in.read(buffer)) > 0) {
					total += n;
				}
			}
			query = next;
		}
		return total;
	}

	private static Object source(String url, int nodes, int pods, Duration timeout, boolean gzip) throws IOException {
		Path kubeconfig = Kubeconfigs.oneContext("bench", url);
		LiveClusterSource source = LiveClusterSource.kubeconfig(
				new ClusterIdentity("bench", ClusterIdentity.SourceType.LIVE, url), KubeconfigFiles.configured(kubeconfig), null,
				LiveSettings.defaults(Duration.ofMillis(300), false).withCompression(gzip ? Compression.ON : Compression.OFF),
				Clock.systemUTC());
		source.start();
		await(() -> {
			ClusterFacts facts = source.facts();
			return facts.synced() && facts.nodes().size() == nodes && facts.pods().size() == pods;
		}, timeout, () -> source.facts().pods().size() + " pods so far");
		return source;
	}

	private static Object informer(String url, int nodes, int pods, Duration timeout) throws IOException {
		ApiClient client = new ClientBuilder().setBasePath(url).setReadTimeout(Duration.ZERO).build();
		CoreV1Api api = new CoreV1Api(client);
		SharedInformerFactory factory = new SharedInformerFactory(client);
		SharedIndexInformer<V1Pod> podInformer = factory.sharedIndexInformerFor((params) -> api.listPodForAllNamespaces()
			.resourceVersion(params.resourceVersion)
			.timeoutSeconds(params.timeoutSeconds)
			.watch(params.watch)
			.buildCall(null), V1Pod.class, V1PodList.class);
		SharedIndexInformer<V1Node> nodeInformer = factory.sharedIndexInformerFor((params) -> api.listNode()
			.resourceVersion(params.resourceVersion)
			.timeoutSeconds(params.timeoutSeconds)
			.watch(params.watch)
			.buildCall(null), V1Node.class, V1NodeList.class);
		factory.startAllRegisteredInformers();
		await(() -> podInformer.hasSynced() && nodeInformer.hasSynced()
				&& podInformer.getIndexer().list().size() == pods && nodeInformer.getIndexer().list().size() == nodes,
				timeout, () -> podInformer.getIndexer().list().size() + " pods so far");
		return factory;
	}

	private static void await(BooleanSupplier done, Duration timeout, java.util.function.Supplier<String> progress) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("not synced within " + timeout.toSeconds() + " s (" + progress.get() + ")");
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** The highest heap use seen, sampled every 10 ms: a lower bound of the true peak, close at this rate. */
	private static final class HeapSampler extends Thread {

		private final AtomicLong peak = new AtomicLong();

		HeapSampler() {
			super("heap-sampler");
			setDaemon(true);
		}

		@Override
		public void run() {
			while (true) {
				peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		long peak() {
			return peak.get();
		}

	}

}
