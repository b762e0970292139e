package dev.kubeprint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fleet's live clusters for FleetBenchmark: one fake API server in a process of its own (so that its memory
 * and threads are not counted against the app), serving every cluster under its own path prefix /c{n}, and a
 * kubeconfig with one cluster and context per prefix. Each cluster is small (24 nodes, 200 pods); the app lists
 * and watches every kind of every cluster as it would real ones.
 */
final class LiveFleet implements AutoCloseable {

	private final Process server;

	final Path kubeconfig;

	private LiveFleet(Process server, Path kubeconfig) {
		this.server = server;
		this.kubeconfig = kubeconfig;
	}

	static LiveFleet start(int clusters, int nodes, int pods) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process server = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				FakeApiServer.class.getName(), String.valueOf(nodes), String.valueOf(pods))
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null && !line.startsWith("READY ")) {
			System.out.println("fake api server: " + line);
		}
		if (line == null) {
			throw new IllegalStateException("the fake API server ended before it listened");
		}
		int port = Integer.parseInt(line.substring("READY ".length()).trim());
		Thread drain = new Thread(() -> out.lines().forEach((l) -> System.out.println("fake api server: " + l)));
		drain.setDaemon(true);
		drain.start();
		StringBuilder config = new StringBuilder("apiVersion: v1\nkind: Config\nusers: [{name: bench, user: {token: bench}}]\n");
		List<String> contexts = new ArrayList<>();
		config.append("clusters:\n");
		for (int i = 0; i < clusters; i++) {
			config.append("- {name: c").append(i).append(", cluster: {server: \"http://127.0.0.1:").append(port)
				.append("/c").append(i).append("\"}}\n");
			contexts.add("- {name: c" + i + ", context: {cluster: c" + i + ", user: bench}}\n");
		}
		config.append("contexts:\n");
		contexts.forEach(config::append);
		config.append("current-context: c0\n");
		Path kubeconfig = Files.createTempFile("kubeprint-fleet", ".kubeconfig");
		Files.writeString(kubeconfig, config);
		return new LiveFleet(server, kubeconfig);
	}

	/** The app's arguments for the first {@code clusters} of the fleet. */
	List<String> arguments(int clusters) {
		List<String> arguments = new ArrayList<>();
		for (int i = 0; i < clusters; i++) {
			arguments.add("--kubeprint.clusters[" + i + "].name=c" + i);
			arguments.add("--kubeprint.clusters[" + i + "].context=c" + i);
			arguments.add("--kubeprint.clusters[" + i + "].kubeconfig=" + kubeconfig);
		}
		return arguments;
	}

	@Override
	public void close() throws IOException {
		server.destroy();
		Files.deleteIfExists(kubeconfig);
	}

}
