package dev.kubeprint.cluster;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.probe.ApiServerProbe;
import dev.kubeprint.cluster.facts.ClusterIdentity.SourceType;
import dev.kubeprint.cluster.live.KubeconfigFiles;
import dev.kubeprint.cluster.live.KubeconfigLoader;
import dev.kubeprint.cluster.live.LiveClusterSource;
import dev.kubeprint.cluster.live.LiveSettings;
import dev.kubeprint.cluster.snapshot.SnapshotLocation;
import dev.kubeprint.cluster.snapshot.SnapshotSource;
import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.config.KubeprintProperties.ClusterProperties;
import dev.kubeprint.cluster.source.ClusterSource;

/**
 * The clusters Kubeprint shows, each with its own source. Built once from configuration; with nothing
 * configured it shows the current kubeconfig context, else the pod's own cluster, else the bundled demo.
 */
@Component
public class ClusterRegistry implements SmartLifecycle {

	public static final String DEMO_NAME = "demo";

	private static final String SNAPSHOT_HAS_NO_PROBES = "a snapshot holds no answers of /readyz, /livez or /metrics: "
			+ "what the API said is shown from its objects";

	public static final String IN_CLUSTER_NAME = "in-cluster";

	private static final Logger log = LoggerFactory.getLogger(ClusterRegistry.class);

	private final Map<String, ClusterSource> sources = new LinkedHashMap<>();

	private final Map<String, List<String>> allowedGroups = new LinkedHashMap<>();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread t = new Thread(r, "snapshot-reload");
		t.setDaemon(true);
		return t;
	});

	private volatile boolean running;

	/**
	 * @param environment the machine's environment variables unless a ClusterEnvironment bean says otherwise, as
	 * the tests' does so that no kubeconfig of the machine they run on reaches them
	 */
	@Autowired
	public ClusterRegistry(KubeprintProperties properties, Clock clock, ObjectProvider<ClusterEnvironment> environment) {
		this(properties, clock, environment.getIfAvailable(ClusterEnvironment::system));
	}

	/** @param environment where to look for a kubeconfig or a pod's service account when nothing is configured */
	public ClusterRegistry(KubeprintProperties properties, Clock clock, ClusterEnvironment environment) {
		for (Chosen chosen : clusters(properties, environment)) {
			ClusterSource source = probed(create(chosen, properties, clock, environment), chosen.cluster(),
					properties.probeInterval(), clock);
			if (sources.putIfAbsent(source.identity().name(), source) != null) {
				throw new IllegalStateException("Two clusters are named '" + source.identity().name()
						+ "': give one of them another kubeprint.clusters[].name");
			}
			allowedGroups.put(source.identity().name(),
					chosen.cluster().allowedGroups() == null ? List.of() : List.copyOf(chosen.cluster().allowedGroups()));
		}
	}

	/**
	 * A cluster to show and why: the configuration that names it, or, when nothing is configured, what was looked
	 * for and found (or not).
	 *
	 * @param kubeconfig the kubeconfig found when nothing is configured; null otherwise
	 */
	private record Chosen(ClusterProperties cluster, String why, KubeconfigFiles kubeconfig) {

		Chosen(ClusterProperties cluster, String why) {
			this(cluster, why, null);
		}

	}

	/**
	 * The configured clusters; with none, what kubectl would talk to (the current kubeconfig context), else the
	 * pod's own cluster, else the demo, so that a first start always shows something.
	 */
	private static List<Chosen> clusters(KubeprintProperties properties, ClusterEnvironment environment) {
		List<Chosen> clusters = new ArrayList<>();
		for (int i = 0; i < properties.clusters().size(); i++) {
			clusters.add(new Chosen(properties.clusters().get(i), "kubeprint.clusters[" + i + "]"));
		}
		if (properties.snapshot() != null) {
			clusters.add(new Chosen(new ClusterProperties(null, properties.snapshot(), false, null, null, false, null, List.of()),
					"kubeprint.snapshot"));
		}
		if (clusters.isEmpty()) {
			KubeconfigFiles kubeconfig = environment.kubeconfig();
			if (kubeconfig.exists()) {
				clusters.add(new Chosen(new ClusterProperties(null, null, false, null, null, false, null, List.of()),
						"nothing configured, as kubectl would", kubeconfig));
			}
			else if (environment.inCluster()) {
				clusters.add(new Chosen(new ClusterProperties(null, null, false, null, null, true, null, List.of()),
						kubeconfig.notFound() + " and in a pod"));
			}
			else {
				clusters.add(new Chosen(new ClusterProperties(DEMO_NAME, null, true, null, null, false, null, List.of()),
						kubeconfig.notFound() + " and not in a pod"));
			}
		}
		return clusters;
	}

	private ClusterSource create(Chosen chosen, KubeprintProperties properties, Clock clock,
			ClusterEnvironment environment) {
		ClusterProperties cluster = chosen.cluster();
		int sources = (cluster.demo() ? 1 : 0) + (cluster.snapshot() != null ? 1 : 0) + (cluster.inCluster() ? 1 : 0)
				+ (cluster.context() != null || cluster.kubeconfig() != null ? 1 : 0);
		if (sources > 1) {
			throw new IllegalStateException("Cluster '" + cluster.name() + "' names more than one source: set only one "
					+ "of kubeprint.clusters[].demo, .snapshot, .in-cluster or .context/.kubeconfig");
		}
		if (cluster.demo()) {
			String name = cluster.name() != null ? cluster.name() : DEMO_NAME;
			log.info("cluster {}: {}: opening the demo cluster", name, chosen.why());
			return new SnapshotSource(new ClusterIdentity(name, SourceType.DEMO, "bundled demo cluster"),
					new SnapshotLocation.Classpath("demo"), scheduler, properties.snapshotReload(), clock);
		}
		if (cluster.snapshot() != null) {
			Path dir = cluster.snapshot();
			String name = cluster.name() != null ? cluster.name() : dir.toAbsolutePath().normalize().getFileName().toString();
			log.info("cluster {}: snapshot {} ({})", name, dir, chosen.why());
			return new SnapshotSource(new ClusterIdentity(name, SourceType.SNAPSHOT, dir.toString()),
					SnapshotLocation.of(dir), scheduler, properties.snapshotReload(), clock);
		}
		if (cluster.inCluster()) {
			String name = cluster.name() != null ? cluster.name() : IN_CLUSTER_NAME;
			log.info("cluster {}: service account {} of the pod this runs in ({})", name,
					environment.serviceAccount(), chosen.why());
			return LiveClusterSource.inCluster(
					new ClusterIdentity(name, SourceType.LIVE, "in-cluster, service account " + environment.serviceAccount()),
					LiveSettings.from(properties).withCompression(cluster.compression()), clock);
		}
		if (cluster.context() != null || cluster.kubeconfig() != null || chosen.kubeconfig() != null) {
			KubeconfigFiles kubeconfig = cluster.kubeconfig() != null ? KubeconfigFiles.configured(cluster.kubeconfig())
					: chosen.kubeconfig() != null ? chosen.kubeconfig() : environment.kubeconfig();
			Optional<String> current = cluster.context() != null ? Optional.empty()
					: KubeconfigLoader.currentContext(kubeconfig);
			String context = cluster.context() != null ? cluster.context() : current.orElse(null);
			String name = cluster.name() != null ? cluster.name() : (context != null ? context : "kubeconfig");
			String files = kubeconfig.files().isEmpty() ? "no kubeconfig"
					: kubeconfig.files().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
			String location = (context != null ? "context " + context : "current context") + " of " + files;
			log.info("cluster {}: {}, {} ({})", name, kubeconfig.describe(),
					cluster.context() != null ? "context " + context
							: current.map((c) -> "current context " + c).orElse("no current context"),
					chosen.why());
			// A broken kubeconfig does not stop the app: the source keeps saying what is wrong and retries.
			return LiveClusterSource.kubeconfig(new ClusterIdentity(name, SourceType.LIVE, location), kubeconfig,
					context, LiveSettings.from(properties).withCompression(cluster.compression()), clock);
		}
		throw new IllegalStateException("Cluster '" + cluster.name() + "' names no source: set"
				+ " kubeprint.clusters[].context (a kubeconfig context), in-cluster: true, snapshot (a directory),"
				+ " or demo: true");
	}

	/** The API server of a live cluster is probed for readyz, livez and metrics; etcd where configured. */
	private static ClusterSource probed(ClusterSource source, ClusterProperties cluster, Duration interval,
			Clock clock) {
		if (source instanceof LiveClusterSource live) {
			return new ProbedClusterSource(live, new ApiServerProbe(live.apiServerHttp(), clock), interval, "",
					cluster.etcd(), clock);
		}
		return new ProbedClusterSource(source, null, interval, SNAPSHOT_HAS_NO_PROBES, cluster.etcd(), clock);
	}

	public List<ClusterIdentity> clusters() {
		return sources.values().stream().map(ClusterSource::identity).toList();
	}

	public Optional<ClusterSource> find(String name) {
		return Optional.ofNullable(sources.get(name));
	}

	public List<ClusterSource> sources() {
		return List.copyOf(sources.values());
	}

	/** The groups whose members may see a cluster; empty when every signed-in user may. */
	public List<String> allowedGroups(String name) {
		return allowedGroups.getOrDefault(name, List.of());
	}

	/** Whether every cluster is the bundled demo, whose data is public anyway. */
	public boolean demoOnly() {
		return sources.values().stream().allMatch((s) -> s.identity().demo());
	}

	/** The cluster "/" shows: the first configured. */
	public String defaultCluster() {
		return sources.keySet().iterator().next();
	}

	@Override
	public void start() {
		for (ClusterSource source : sources.values()) {
			try {
				source.start();
			}
			catch (RuntimeException ex) {
				// One cluster's failure must not keep the others from starting.
				log.error("Cluster {} could not start: {}", source.identity().name(), ex.getMessage(), ex);
			}
		}
		running = true;
	}

	@Override
	public void stop() {
		sources.values().forEach(ClusterSource::close);
		scheduler.shutdownNow();
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
