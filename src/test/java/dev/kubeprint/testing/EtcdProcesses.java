package dev.kubeprint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real etcd members on free loopback ports, for tests. Register it as a static {@code @RegisterExtension}: every
 * cluster a test starts is stopped after the test and again after the class (frozen members are resumed first so
 * they can die), even when the test failed, and by a shutdown hook if the JVM goes down first.
 */
public final class EtcdProcesses implements AfterEachCallback, AfterAllCallback {

	/** Debian's etcd-server; CI installs it. */
	public static final String ETCD = "/usr/bin/etcd";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

	private final List<Cluster> clusters = new CopyOnWriteArrayList<>();

	public EtcdProcesses() {
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "etcd-test-cleanup"));
	}

	/**
	 * Starts {@code size} members forming one cluster and waits until each answers /health with a leader.
	 * @param extraFlags flags given to every member, e.g. "--quota-backend-bytes=16777216"
	 */
	public Cluster start(int size, String... extraFlags) {
		return start(size, false, extraFlags);
	}

	/**
	 * Like {@link #start(int, String...)} with https client URLs that demand a client certificate, as kubeadm
	 * sets etcd up; the certificates are in {@link Cluster#tls()}. Peers and metrics stay on plain http.
	 */
	public Cluster startTls(int size, String... extraFlags) {
		return start(size, true, extraFlags);
	}

	private Cluster start(int size, boolean tls, String... extraFlags) {
		Cluster cluster = new Cluster(size, List.of(extraFlags), tls);
		clusters.add(cluster);
		cluster.launch();
		return cluster;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		stopAll();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stopAll();
	}

	private void stopAll() {
		for (Cluster cluster : clusters) {
			cluster.stop();
		}
		clusters.clear();
	}

	/** One etcd cluster: member i has name m{i}, its own data dir, client, peer and metrics ports. */
	public static final class Cluster {

		private final int size;

		private final List<String> extraFlags;

		private final Path dir;

		private final List<Integer> clientPorts = new ArrayList<>();

		private final List<Integer> peerPorts = new ArrayList<>();

		private final List<Integer> metricsPorts = new ArrayList<>();

		private final List<Process> processes = new ArrayList<>();

		private final List<Boolean> frozen = new ArrayList<>();

		private final TestCertificates.Files tls;

		Cluster(int size, List<String> extraFlags, boolean tls) {
			this.size = size;
			this.extraFlags = extraFlags;
			try {
				this.dir = Files.createTempDirectory("kubeprint-etcd-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.tls = tls ? TestCertificates.write(dir) : null;
			List<Integer> ports = freePorts(size * 3);
			for (int i = 0; i < size; i++) {
				clientPorts.add(ports.get(i * 3));
				peerPorts.add(ports.get(i * 3 + 1));
				metricsPorts.add(ports.get(i * 3 + 2));
			}
		}

		synchronized void launch() {
			List<String> initial = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				initial.add(name(i) + "=" + peerUrl(i));
			}
			for (int i = 0; i < size; i++) {
				List<String> command = new ArrayList<>(List.of(ETCD, "--name", name(i), "--data-dir",
						dir.resolve(name(i)).toString(), "--listen-client-urls", clientUrl(i),
						"--advertise-client-urls", clientUrl(i), "--listen-peer-urls", peerUrl(i),
						"--initial-advertise-peer-urls", peerUrl(i), "--listen-metrics-urls", metricsBase(i),
						"--initial-cluster", String.join(",", initial), "--initial-cluster-state", "new",
						"--initial-cluster-token", dir.getFileName().toString(), "--logger", "zap",
						"--log-outputs", "stderr"));
				if (tls != null) {
					command.addAll(List.of("--cert-file", tls.serverCert().toString(), "--key-file",
							tls.serverKey().toString(), "--trusted-ca-file", tls.ca().toString(), "--client-cert-auth"));
				}
				command.addAll(extraFlags);
				try {
					processes.add(new ProcessBuilder(command).redirectErrorStream(true)
						.redirectOutput(dir.resolve(name(i) + ".log").toFile())
						.start());
					frozen.add(false);
				}
				catch (IOException ex) {
					stop();
					throw new IllegalStateException("cannot start " + ETCD + " (apt-get install etcd-server)", ex);
				}
			}
			awaitHealthy();
		}

		private void awaitHealthy() {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
			try {
				await("etcd members healthy").atMost(START_TIMEOUT)
					.pollInterval(Duration.ofMillis(100))
					.failFast("an etcd member exited", () -> processes.stream().anyMatch((p) -> !p.isAlive()))
					.until(() -> IntStream.range(0, size).allMatch((i) -> healthy(http, i)));
			}
			catch (ConditionTimeoutException | TerminalFailureException ex) {
				int sick = IntStream.range(0, size)
					.filter((i) -> !processes.get(i).isAlive() || !healthy(http, i))
					.findFirst()
					.orElse(0);
				String log = log(sick);
				stop();
				throw new IllegalStateException("etcd member " + name(sick) + " did not become healthy:\n" + log, ex);
			}
		}

		private boolean healthy(HttpClient http, int i) {
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create(metricsBase(i) + "/health")).timeout(Duration.ofSeconds(1)).build(),
						HttpResponse.BodyHandlers.ofString());
				return response.statusCode() == 200 && response.body().contains("\"true\"");
			}
			catch (IOException ex) {
				return false;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		public String name(int i) {
			return "m" + i;
		}

		/**
		 * Writes 512 KiB values into member {@code i} until etcd refuses with NOSPACE: for a cluster started with a
		 * small --quota-backend-bytes. The test writes; the product never does.
		 */
		public void fillUntilNospace(int i) throws Exception {
			ByteSequence value = ByteSequence.from(new byte[512 * 1024]);
			try (Client client = Client.builder().endpoints(clientUrl(i)).waitForReady(false).build()) {
				KV kv = client.getKVClient();
				for (int n = 0; n < 200; n++) {
					try {
						kv.put(ByteSequence.from("fill-" + n, StandardCharsets.UTF_8), value).get(10, TimeUnit.SECONDS);
					}
					catch (ExecutionException ex) {
						assertThat(ex).hasStackTraceContaining("database space exceeded");
						return;
					}
				}
			}
			throw new AssertionError("etcd took 100 MiB without raising NOSPACE");
		}

		public String clientUrl(int i) {
			return ((tls != null) ? "https" : "http") + "://127.0.0.1:" + clientPorts.get(i);
		}

		/** The certificates of a cluster started with startTls; null otherwise. */
		public TestCertificates.Files tls() {
			return tls;
		}

		public List<String> clientUrls() {
			return Stream.iterate(0, (i) -> i + 1).limit(size).map(this::clientUrl).toList();
		}

		public String metricsUrl(int i) {
			return metricsBase(i) + "/metrics";
		}

		public List<String> metricsUrls() {
			return Stream.iterate(0, (i) -> i + 1).limit(size).map(this::metricsUrl).toList();
		}

		private String peerUrl(int i) {
			return "http://127.0.0.1:" + peerPorts.get(i);
		}

		private String metricsBase(int i) {
			return "http://127.0.0.1:" + metricsPorts.get(i);
		}

		public long pid(int i) {
			return processes.get(i).pid();
		}

		/** Kills the member as a crash would: no shutdown, no goodbye to its peers. */
		public synchronized void kill(int i) {
			resume(i);
			Process process = processes.get(i);
			process.destroyForcibly();
			try {
				process.waitFor(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		/** SIGSTOP: the member keeps its sockets open and answers nothing, like a hung or swapped-out host. */
		public synchronized void freeze(int i) {
			signal(i, "-STOP");
			frozen.set(i, true);
		}

		public synchronized void resume(int i) {
			if (frozen.get(i)) {
				signal(i, "-CONT");
				frozen.set(i, false);
			}
		}

		private void signal(int i, String signal) {
			try {
				Process kill = new ProcessBuilder("kill", signal, Long.toString(pid(i))).inheritIO().start();
				if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
					throw new IllegalStateException("kill " + signal + " " + pid(i) + " failed");
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		public String log(int i) {
			try {
				List<String> lines = Files.readAllLines(dir.resolve(name(i) + ".log"));
				return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
			}
			catch (IOException ex) {
				return "(no log: " + ex.getMessage() + ")";
			}
		}

		synchronized void stop() {
			for (int i = 0; i < processes.size(); i++) {
				Process process = processes.get(i);
				if (process.isAlive()) {
					try {
						resume(i);
					}
					catch (RuntimeException ex) {
						// destroyForcibly sends SIGKILL, which ends a stopped process as well
					}
					process.destroyForcibly();
				}
			}
			for (Process process : processes) {
				try {
					process.waitFor(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			deleteQuietly(dir);
		}

		private static void deleteQuietly(Path dir) {
			if (!Files.exists(dir)) {
				return;
			}
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
			catch (IOException ex) {
				// a temp dir left behind is not worth failing a test for
			}
		}

		private static List<Integer> freePorts(int count) {
			List<ServerSocket> sockets = new ArrayList<>();
			try {
				for (int i = 0; i < count; i++) {
					sockets.add(new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress()));
				}
				return sockets.stream().map(ServerSocket::getLocalPort).toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				for (ServerSocket socket : sockets) {
					try {
						socket.close();
					}
					catch (IOException ex) {
						// the port is free again either way once the JVM lets go of it
					}
				}
			}
		}

	}

}
