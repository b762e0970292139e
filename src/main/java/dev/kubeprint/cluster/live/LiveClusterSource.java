package dev.kubeprint.cluster.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kubeprint.cluster.source.ClusterSource;
import dev.kubeprint.cluster.probe.ApiServerHttp;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.ServerVersion;
import dev.kubeprint.cluster.facts.SourceProblem;
import dev.kubeprint.cluster.projection.Interner;
import io.kubernetes.client.util.ClientBuilder;

/**
 * A live cluster: one list+watch loop per kind and a {@code /version} poll, each on its own thread, feeding
 * per-kind state from which a publisher thread makes a new {@link ClusterFacts} at most every publish
 * interval, and only when something changed. Nothing here is shared with another cluster, so one slow or
 * broken cluster never holds up another.
 */
public final class LiveClusterSource implements ClusterSource {

	/** A probe GET that takes longer than this is as good as unanswered. */
	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

	static final String SECRETS_OFF = "secrets are not read: set kubeprint.secrets.enabled=true and grant list secrets";

	private static final Logger log = LoggerFactory.getLogger(LiveClusterSource.class);

	private final ClusterIdentity identity;

	private final ClusterConnection.ClientFactory factory;

	private final LiveSettings settings;

	private final boolean inCluster;

	private final Clock clock;

	private final Map<FactKind<?>, KindState<?>> states = new LinkedHashMap<>();

	private final ProblemLog problems = new ProblemLog();

	private final Interner interner = new Interner();

	private final List<KindWatcher<?>> watchers = new ArrayList<>();

	private final Object lock = new Object();

	private volatile ClusterFacts facts;

	private volatile boolean running;

	private Thread publisher;

	private VersionPoller versionPoller;

	private volatile ClusterConnection connection;

	private Optional<ServerVersion> serverVersion = Optional.empty();

	private Availability versionAvailability = Availability.loading();

	private boolean versionChanged;

	private String connectFailure;

	/**
	 * @param factory builds the cluster's ApiClient; called again when credentials must be re-read or the
	 * configuration was unusable
	 * @param inCluster whether the server is that of the cluster this runs in, which compression {@code auto} reads
	 */
	private LiveClusterSource(ClusterIdentity identity, ClusterConnection.ClientFactory factory, LiveSettings settings,
			Clock clock, boolean inCluster) {
		this.inCluster = inCluster;
		this.identity = identity;
		this.factory = factory;
		this.settings = settings;
		this.clock = clock;
		for (FactKind<?> kind : FactKind.ALL) {
			states.put(kind, new KindState<>(identity.name(), kind));
		}
		if (!settings.secretsEnabled()) {
			states.get(FactKind.SECRETS).refusedQuietly(Availability.notApplicable(SECRETS_OFF));
		}
		this.facts = ClusterFacts.loading(identity, clock.instant());
	}

	/**
	 * A context of kubeconfig files merged as kubectl merges a KUBECONFIG list; {@code context} null means the
	 * current context.
	 */
	public static LiveClusterSource kubeconfig(ClusterIdentity identity, KubeconfigFiles kubeconfig, String context,
			LiveSettings settings, Clock clock) {
		return new LiveClusterSource(identity, () -> KubeconfigLoader.load(kubeconfig, context), settings, clock,
				false);
	}

	/**
	 * The cluster this pod runs in: its service-account token, re-read every minute by client-java as the
	 * kubelet rotates it, and its CA.
	 */
	public static LiveClusterSource inCluster(ClusterIdentity identity, LiveSettings settings, Clock clock) {
		return new LiveClusterSource(identity, InClusterLoader::load, settings, clock, true);
	}

	/**
	 * A server at a plain URL with no credentials: for a local stand-in API server, as benchmarks and tests
	 * serve one, never for a real cluster.
	 */
	public static LiveClusterSource url(ClusterIdentity identity, String url, LiveSettings settings, Clock clock) {
		return new LiveClusterSource(identity,
				() -> new ClientBuilder().setBasePath(url).setReadTimeout(Duration.ZERO).build(), settings, clock, false);
	}

	@Override
	public ClusterIdentity identity() {
		return identity;
	}

	@Override
	public ClusterFacts facts() {
		return facts;
	}

	@Override
	public void start() {
		running = true;
		publisher = new Thread(this::run, "kubeprint-" + identity.name());
		publisher.setDaemon(true);
		publisher.start();
	}

	/** Connects (again and again while the configuration is unusable), then publishes until closed. */
	private void run() {
		Backoff connectBackoff = new Backoff(settings.backoffInitial(), settings.backoffMax());
		long nextConnect = 0;
		Instant lastPublished = Instant.MIN;
		while (running) {
			if (versionPoller == null && System.nanoTime() - nextConnect >= 0) {
				if (!connect()) {
					nextConnect = System.nanoTime() + connectBackoff.next().toNanos();
				}
			}
			Instant now = clock.instant();
			if (changed() || KindState.due(states.values(), Duration.between(lastPublished, now), settings)
					|| facts.version() == 0 && lastPublished == Instant.MIN) {
				publish(now);
				lastPublished = now;
			}
			try {
				Thread.sleep(settings.publishInterval().toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private boolean connect() {
		ClusterConnection connection;
		try {
			connection = ClusterConnection.open(factory, settings.listTimeout(), settings.compression(), inCluster);
		}
		catch (Exception ex) {
			String reason = KubeconfigLoader.rootMessage(ex);
			if (!reason.equals(connectFailure)) {
				log.warn("Cluster {} ({}) cannot be used: {}", identity.name(), identity.location(), reason);
				connectFailure = reason;
			}
			for (KindState<?> state : states.values()) {
				if (state.availability().state() != Availability.State.NOT_APPLICABLE) {
					state.refusedQuietly(Availability.unreachable(reason));
				}
			}
			problems.add(new SourceProblem(identity.location(), reason));
			version(Optional.empty(), Availability.unreachable(reason));
			return false;
		}
		if (connectFailure != null) {
			problems.clear(identity.location());
			connectFailure = null;
		}
		log.info("Cluster {}: watching {} ({}), gzip {} ({})", identity.name(), connection.server(), identity.location(),
				connection.compression().gzip() ? "on" : "off", connection.compression().reason());
		synchronized (lock) {
			if (!running) {
				return true;
			}
			for (KindState<?> state : states.values()) {
				if (state.kind() == FactKind.SECRETS && !settings.secretsEnabled()) {
					continue;
				}
				watchers.add(watcher(state, connection));
			}
			watchers.forEach(KindWatcher::start);
			versionPoller = new VersionPoller(identity.name(), connection, settings, this::version);
			versionPoller.start();
			this.connection = connection;
		}
		return true;
	}

	private <T> KindWatcher<T> watcher(KindState<T> state, ClusterConnection connection) {
		return new KindWatcher<>(identity.name(), state.kind(), connection, state, problems, interner, settings, clock);
	}

	private void version(Optional<ServerVersion> version, Availability availability) {
		synchronized (lock) {
			// A failed poll keeps the version last read: the server did not downgrade because it is unreachable.
			if (version.isPresent() && !version.equals(serverVersion)) {
				serverVersion = version;
				versionChanged = true;
			}
			if (!availability.equals(versionAvailability)) {
				versionAvailability = availability;
				versionChanged = true;
			}
		}
	}

	private boolean changed() {
		synchronized (lock) {
			return versionChanged || problems.changed() || states.values().stream().anyMatch(KindState::dirty);
		}
	}

	private void publish(Instant now) {
		Map<FactKind<?>, KindFacts<?>> kinds = new LinkedHashMap<>();
		for (KindState<?> state : states.values()) {
			kinds.put(state.kind(), state.publish(now));
		}
		Optional<ServerVersion> version;
		Availability availability;
		synchronized (lock) {
			version = serverVersion;
			availability = versionAvailability;
			versionChanged = false;
		}
		facts = new ClusterFacts(identity, facts.version() + 1, now, kinds, version, availability,
				problems.snapshot());
	}

	/**
	 * GETs through this cluster's authenticated connection, for probes of what has no watch (readyz, metrics).
	 * Before the connection is up, a GET fails with the reason, as an unreachable server would.
	 */
	public ApiServerHttp apiServerHttp() {
		return (pathAndQuery) -> {
			ClusterConnection current = connection;
			if (current == null) {
				throw new IOException("not connected yet: " + versionAvailability.reason());
			}
			return new ConnectionHttp(current, PROBE_TIMEOUT).get(pathAndQuery);
		};
	}

	@Override
	public void close() {
		running = false;
		synchronized (lock) {
			watchers.forEach(KindWatcher::close);
			if (versionPoller != null) {
				versionPoller.close();
			}
		}
		if (publisher != null) {
			publisher.interrupt();
		}
		for (KindWatcher<?> watcher : watchers) {
			try {
				watcher.join(Duration.ofSeconds(2));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		synchronized (lock) {
			if (connection != null) {
				connection.close();
			}
		}
	}

}
