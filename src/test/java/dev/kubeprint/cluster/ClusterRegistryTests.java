package dev.kubeprint.cluster;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.ClusterIdentity.SourceType;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.cluster.source.ClusterSource;
import dev.kubeprint.testing.LoggedLines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Which clusters exist, from configuration or, with none, from what the machine offers. */
class ClusterRegistryTests {

	@TempDir
	Path dir;

	@RegisterExtension
	final LoggedLines logged = new LoggedLines(ClusterRegistry.class);

	private ClusterRegistry registry;

	@AfterEach
	void stop() {
		if (registry != null) {
			registry.stop();
		}
	}

	@Test
	void aClusterWithTwoSourcesIsRefusedWithWhatToSet() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new ClusterRegistry(
					properties(Map.of("kubeprint.clusters[0].name", "x", "kubeprint.clusters[0].demo", "true",
							"kubeprint.clusters[0].context", "prod")),
					Clock.systemUTC(), environment(Map.of())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Cluster 'x' names more than one source");
	}

	@Test
	void withNothingConfiguredAndNothingFoundShowsTheDemo() {
		registry = new ClusterRegistry(properties(Map.of()), Clock.systemUTC(), environment(Map.of()));

		assertThat(registry.clusters()).extracting(ClusterIdentity::name, ClusterIdentity::type)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("demo", SourceType.DEMO));
	}

	@Test
	void withNothingConfiguredUsesTheCurrentContextOfKubeconfigFromTheVariable() throws Exception {
		Path kubeconfig = kubeconfig(dir.resolve("from-variable"), "lab");
		Files.createDirectories(dir.resolve("home/.kube"));
		kubeconfig(dir.resolve("home/.kube/config"), "home-context");

		registry = new ClusterRegistry(properties(Map.of()), Clock.systemUTC(),
				environment(Map.of("KUBECONFIG", dir.resolve("missing") + File.pathSeparator + kubeconfig)));

		assertThat(registry.clusters()).singleElement().satisfies((c) -> {
			assertThat(c.name()).isEqualTo("lab");
			assertThat(c.type()).isEqualTo(SourceType.LIVE);
			assertThat(c.location()).contains("context lab").contains(kubeconfig.toString());
		});
	}

	@Test
	void withNothingConfiguredFallsBackToHomeKubeconfig() throws Exception {
		Files.createDirectories(dir.resolve("home/.kube"));
		kubeconfig(dir.resolve("home/.kube/config"), "home-context");

		registry = new ClusterRegistry(properties(Map.of()), Clock.systemUTC(), environment(Map.of()));

		assertThat(registry.clusters()).extracting(ClusterIdentity::name).containsExactly("home-context");
	}

	@Test
	void withNothingConfiguredInAPodUsesTheServiceAccount() throws Exception {
		Files.createDirectories(dir.resolve("sa"));
		Files.writeString(dir.resolve("sa/token"), "token");

		registry = new ClusterRegistry(properties(Map.of()), Clock.systemUTC(),
				environment(Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1", "KUBERNETES_SERVICE_PORT", "443")));

		assertThat(registry.clusters()).extracting(ClusterIdentity::name, ClusterIdentity::type)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("in-cluster", SourceType.LIVE));
		assertThat(logged.lines()).containsExactly("cluster in-cluster: service account " + dir.resolve("sa")
				+ " of the pod this runs in (no kubeconfig at " + dir.resolve("home/.kube/config")
				+ " ($HOME) and in a pod)");
	}

	@Test
	void aHostVariableWithoutTokenIsNotAPod() {
		registry = new ClusterRegistry(properties(Map.of()), Clock.systemUTC(),
				environment(Map.of("KUBERNETES_SERVICE_HOST", "10.96.0.1")));

		assertThat(registry.clusters()).extracting(ClusterIdentity::name).containsExactly("demo");
	}

	@Test
	void configuredContextsAreNamedByContextUnlessNamedAndABrokenOneDoesNotStopTheOthers() throws Exception {
		Path kubeconfig = kubeconfig(dir.resolve("config"), "lab");
		Map<String, String> config = new HashMap<>();
		config.put("kubeprint.publish-interval", "50ms");
		config.put("kubeprint.clusters[0].context", "lab");
		config.put("kubeprint.clusters[0].kubeconfig", kubeconfig.toString());
		config.put("kubeprint.clusters[1].name", "staging");
		config.put("kubeprint.clusters[1].context", "no-such-context");
		config.put("kubeprint.clusters[1].kubeconfig", kubeconfig.toString());
		config.put("kubeprint.clusters[2].demo", "true");

		registry = new ClusterRegistry(properties(config), Clock.systemUTC(), environment(Map.of()));
		registry.start();

		assertThat(registry.clusters()).extracting(ClusterIdentity::name).containsExactly("lab", "staging", "demo");
		ClusterSource staging = registry.find("staging").orElseThrow();
		await("staging synced").until(() -> staging.facts().synced());
		Availability nodes = staging.facts().availability(FactKind.NODES);
		assertThat(nodes.state()).isEqualTo(Availability.State.UNREACHABLE);
		assertThat(nodes.reason()).contains("context \"no-such-context\" is not in kubeconfig");
		// The healthy context is tried on its own: its server is down here, which it says separately.
		ClusterSource lab = registry.find("lab").orElseThrow();
		await("lab synced").until(() -> lab.facts().synced());
		assertThat(lab.facts().availability(FactKind.NODES).reason())
			.isEqualTo("unreachable: connection refused to http://127.0.0.1:1");
	}

	@Test
	void readinessWaitsForTheFirstSyncAndThenCountsAVisibleFailureAsDone() throws Exception {
		Map<String, String> config = new HashMap<>();
		config.put("kubeprint.publish-interval", "50ms");
		config.put("kubeprint.clusters[0].context", "nowhere");
		config.put("kubeprint.clusters[0].kubeconfig", dir.resolve("missing-kubeconfig").toString());
		registry = new ClusterRegistry(properties(config), Clock.systemUTC(), environment(Map.of()));
		ClustersHealthIndicator readiness = new ClustersHealthIndicator(registry);

		assertThat(readiness.health().getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.OUT_OF_SERVICE);

		registry.start();
		await("ready").until(() -> readiness.health().getStatus() == org.springframework.boot.health.contributor.Status.UP);
		assertThat(readiness.health().getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.UP);
		assertThat(registry.find("nowhere").orElseThrow().facts().availability(FactKind.PODS).reason())
			.contains("does not exist");
	}

	@Test
	void homeIsTheVariableAsForKubectlNotJavasUserHome() throws Exception {
		Files.createDirectories(dir.resolve("elsewhere/.kube"));
		kubeconfig(dir.resolve("elsewhere/.kube/config"), "elsewhere");

		registry = new ClusterRegistry(properties(Map.of()), Clock.systemUTC(),
				environment(Map.of("HOME", dir.resolve("elsewhere").toString())));

		assertThat(registry.clusters()).extracting(ClusterIdentity::name).containsExactly("elsewhere");
		assertThat(logged.lines()).contains("cluster elsewhere: kubeconfig " + dir.resolve("elsewhere/.kube/config")
				+ " (from $HOME), current context elsewhere (nothing configured, as kubectl would)");
	}

	@Test
	void withoutHomeOrKubeconfigTheLogSaysSoAndOpensTheDemo() {
		registry = new ClusterRegistry(properties(Map.of()), Clock.systemUTC(),
				new ClusterEnvironment(Map.of(), dir.resolve("sa")));

		assertThat(registry.clusters()).extracting(ClusterIdentity::name).containsExactly("demo");
		assertThat(logged.lines()).containsExactly(
				"cluster demo: no kubeconfig ($HOME is not set) and not in a pod: opening the demo cluster");
	}

	@Test
	void theDemoLogLineSaysWhereTheKubeconfigWasLookedFor() {
		registry = new ClusterRegistry(properties(Map.of()), Clock.systemUTC(), environment(Map.of()));

		assertThat(logged.lines()).containsExactly("cluster demo: no kubeconfig at "
				+ dir.resolve("home/.kube/config") + " ($HOME) and not in a pod: opening the demo cluster");
	}

	@Test
	void aKubeconfigVariableNamingOnlyMissingFilesDoesNotFallBackToHome() throws Exception {
		Files.createDirectories(dir.resolve("home/.kube"));
		kubeconfig(dir.resolve("home/.kube/config"), "home-context");
		String variable = dir.resolve("gone-1") + File.pathSeparator + dir.resolve("gone-2");

		registry = new ClusterRegistry(properties(Map.of()), Clock.systemUTC(),
				environment(Map.of("KUBECONFIG", variable)));

		assertThat(registry.clusters()).extracting(ClusterIdentity::name).containsExactly("demo");
		assertThat(logged.lines()).containsExactly("cluster demo: no file of KUBECONFIG=" + variable
				+ " exists and not in a pod: opening the demo cluster");
	}

	@Test
	void severalKubeconfigFilesAreMergedAndTheLogSaysWhichAndWhy() throws Exception {
		Path first = Files.createDirectories(dir.resolve("a")).resolve("config");
		Files.writeString(first, """
				apiVersion: v1
				kind: Config
				clusters: [{name: c, cluster: {server: "http://127.0.0.1:1"}}]
				users: [{name: u, user: {token: t}}]
				contexts: [{name: ops, context: {cluster: c, user: u}}]
				""");
		Path second = kubeconfig(Files.createDirectories(dir.resolve("b")).resolve("config"), "lab");
		Path missing = dir.resolve("missing");
		String variable = first + File.pathSeparator + missing + File.pathSeparator + second;

		registry = new ClusterRegistry(properties(Map.of()), Clock.systemUTC(),
				environment(Map.of("KUBECONFIG", variable)));

		assertThat(registry.clusters()).singleElement().satisfies((c) -> {
			assertThat(c.name()).as("the first current-context set, in the second file").isEqualTo("lab");
			assertThat(c.location()).isEqualTo("context lab of " + variable);
		});
		assertThat(logged.lines()).containsExactly("cluster lab: KUBECONFIG=" + variable + " merged (" + missing
				+ " does not exist), current context lab (nothing configured, as kubectl would)");
	}

	@Test
	void configuredClustersSayWhichSourceAndWhichSetting() throws Exception {
		Path kubeconfig = kubeconfig(dir.resolve("config"), "lab");
		Map<String, String> config = new HashMap<>();
		config.put("kubeprint.clusters[0].context", "lab");
		config.put("kubeprint.clusters[0].kubeconfig", kubeconfig.toString());
		config.put("kubeprint.clusters[1].name", "dump");
		config.put("kubeprint.clusters[1].snapshot", dir.toString());
		config.put("kubeprint.clusters[2].demo", "true");

		registry = new ClusterRegistry(properties(config), Clock.systemUTC(), environment(Map.of()));

		assertThat(logged.lines()).containsExactly(
				"cluster lab: kubeconfig " + kubeconfig
						+ " (from kubeprint.clusters[].kubeconfig), context lab (kubeprint.clusters[0])",
				"cluster dump: snapshot " + dir + " (kubeprint.clusters[1])",
				"cluster demo: kubeprint.clusters[2]: opening the demo cluster");
	}

	private KubeprintProperties properties(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("kubeprint",
				KubeprintProperties.class);
	}

	/** The environment given, with HOME in the test's directory unless it names one: the machine's is never read. */
	private ClusterEnvironment environment(Map<String, String> env) {
		Map<String, String> withHome = new HashMap<>(env);
		withHome.putIfAbsent("HOME", dir.resolve("home").toString());
		return new ClusterEnvironment(withHome, dir.resolve("sa"));
	}

	private static Path kubeconfig(Path file, String context) throws Exception {
		Files.writeString(file, """
				apiVersion: v1
				kind: Config
				current-context: %s
				clusters:
				- name: c
				  cluster:
				    server: http://127.0.0.1:1
				users:
				- name: u
				  user:
				    token: t
				contexts:
				- name: %s
				  context: {cluster: c, user: u}
				""".formatted(context, context));
		return file;
	}

}
