package dev.kubeprint.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kubeprint.cluster.etcd.EtcdDiscovery;
import dev.kubeprint.config.EtcdProperties;
import dev.kubeprint.cluster.etcd.EtcdSource;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.probe.ApiServerProbe;
import dev.kubeprint.cluster.probe.ComponentHealthProbe;
import dev.kubeprint.cluster.probe.ComponentTarget;
import dev.kubeprint.cluster.probe.HealthzHttp;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.cluster.source.ClusterSource;

/**
 * A source with the parts that have no watch polled beside it: the API server's readyz, livez and metrics,
 * and etcd read directly. Its facts are the inner source's with the latest probe results, under a version of
 * its own that moves when either side moves, so views cached per version stay right.
 */
public final class ProbedClusterSource implements ClusterSource {

	private static final Logger log = LoggerFactory.getLogger(ProbedClusterSource.class);

	private final ClusterSource inner;

	private final ApiServerProbe apiServerProbe;

	private final ComponentHealthProbe componentProbe;

	private final Duration apiServerInterval;

	private final EtcdProperties etcdProperties;

	private final Function<ClusterFacts, List<String>> etcdDiscovery;

	private final Clock clock;

	private volatile EtcdSource etcd;

	private Thread etcdDiscoverer;

	private final AtomicReference<ProbeFacts> probes;

	private volatile boolean running;

	private Thread apiServerPoller;

	private volatile Combined combined;

	private volatile String startFailure;

	private ClusterFacts failedFrom;

	private ClusterFacts failed;

	private long version;

	/**
	 * @param apiServerProbe null when the source cannot reach an API server (a snapshot)
	 * @param apiServerAbsent why there is no probe, in words, when there is none
	 * @param etcd null when etcd is not to be read; without endpoints they are discovered from the cluster
	 */
	public ProbedClusterSource(ClusterSource inner, ApiServerProbe apiServerProbe, Duration apiServerInterval,
			String apiServerAbsent, EtcdProperties etcd, Clock clock) {
		this(inner, apiServerProbe, apiServerInterval, apiServerAbsent, etcd, clock, EtcdDiscovery::endpoints);
	}

	ProbedClusterSource(ClusterSource inner, ApiServerProbe apiServerProbe, Duration apiServerInterval,
			String apiServerAbsent, EtcdProperties etcd, Clock clock, Function<ClusterFacts, List<String>> discovery) {
		this.inner = inner;
		this.apiServerProbe = apiServerProbe;
		this.componentProbe = new ComponentHealthProbe(new HealthzHttp(Duration.ofSeconds(3)), clock);
		this.apiServerInterval = apiServerInterval;
		this.etcdProperties = etcd;
		this.etcdDiscovery = discovery;
		this.clock = clock;
		this.probes = new AtomicReference<>(ProbeFacts.none(apiServerAbsent, ProbeFacts.NO_ETCD));
		if (etcd != null && !etcd.endpoints().isEmpty()) {
			this.etcd = etcdSource(etcd);
			probes.updateAndGet((p) -> p.withEtcd(this.etcd.current()));
		}
		else if (etcd != null) {
			probes.updateAndGet((p) -> p.withEtcdAbsent(DISCOVERING));
		}
	}

	private static final String DISCOVERING = "looking for etcd's address in the cluster (etcd pods' "
			+ "--advertise-client-urls, the API server's --etcd-servers, kubeadm-config)";

	private static final String NOT_DISCOVERED = "etcd is to be read but no endpoints are configured, and the cluster "
			+ "tells no address reachable from here (etcd pods' --advertise-client-urls, the API server's "
			+ "--etcd-servers, kubeadm-config): set kubeprint.clusters[].etcd.endpoints";

	private EtcdSource etcdSource(EtcdProperties properties) {
		return new EtcdSource(properties, clock, (polled) -> probes.updateAndGet((p) -> p.withEtcd(polled)));
	}

	@Override
	public ClusterIdentity identity() {
		return inner.identity();
	}

	/**
	 * Read by every panel of every request: when neither side moved, the facts already combined are returned without
	 * taking the lock, which a hundred readers once queued on.
	 */
	@Override
	public ClusterFacts facts() {
		Combined known = combined;
		if (known != null && startFailure == null && known.inner() == inner.facts() && known.probes() == probes.get()) {
			return known.facts();
		}
		return combine();
	}

	private synchronized ClusterFacts combine() {
		ClusterFacts base = startFailure == null ? inner.facts() : failedToStart(inner.facts());
		ProbeFacts current = probes.get();
		Combined known = combined;
		if (known == null || base != known.inner() || current != known.probes()) {
			// A snapshot's captured answers stand for the parts nothing here probes live.
			known = new Combined(base, current, base.withProbes(
					current.over(base.probes(), apiServerProbe != null, etcdProperties != null), ++version));
			combined = known;
		}
		return known.facts();
	}

	/** The facts published for these inner facts and probes, read together without a lock. */
	private record Combined(ClusterFacts inner, ProbeFacts probes, ClusterFacts facts) {
	}

	@Override
	public void start() {
		running = true;
		try {
			inner.start();
		}
		catch (RuntimeException ex) {
			// Said on the cluster's page and counted as a visible failure, so readiness does not wait forever.
			log.error("Cluster {} could not start: {}", identity().name(), ex.toString(), ex);
			startFailure = "could not start: " + ex.getMessage();
		}
		if (apiServerProbe != null) {
			apiServerPoller = new Thread(this::pollApiServer, "kubeprint-" + identity().name() + "-apiserver-probe");
			apiServerPoller.setDaemon(true);
			apiServerPoller.start();
		}
		if (etcd != null) {
			etcd.start();
		}
		else if (etcdProperties != null) {
			etcdDiscoverer = new Thread(this::discoverEtcd, "kubeprint-" + identity().name() + "-etcd-discovery");
			etcdDiscoverer.setDaemon(true);
			etcdDiscoverer.start();
		}
	}

	/** Waits for the cluster's first complete facts, then reads etcd where they say it is. */
	private void discoverEtcd() {
		while (running) {
			ClusterFacts facts = inner.facts();
			if (facts.synced()) {
				List<String> endpoints = etcdDiscovery.apply(facts);
				if (endpoints.isEmpty()) {
					probes.updateAndGet((p) -> p.withEtcdAbsent(NOT_DISCOVERED));
				}
				else {
					log.info("Cluster {}: reading etcd at {}, found in the cluster", identity().name(), endpoints);
					EtcdSource found = etcdSource(etcdProperties.withEndpoints(endpoints));
					etcd = found;
					probes.updateAndGet((p) -> p.withEtcd(found.current()));
					found.start();
					if (!running) {
						found.close();
					}
				}
				return;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void pollApiServer() {
		while (running) {
			try {
				// poll() never throws for the cluster's sake; this guards only against our own bugs.
				var answer = apiServerProbe.poll();
				probes.updateAndGet((p) -> p.withApiServer(answer));
				var healths = componentProbe.probe(componentTargets(inner.facts()));
				probes.updateAndGet((p) -> p.withComponents(healths));
			}
			catch (RuntimeException ex) {
				log.warn("API server probe of {} failed: {}", identity().name(), ex.toString());
			}
			try {
				Thread.sleep(apiServerInterval.toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** The inner facts with every kind still loading marked unreachable, built once per inner version. */
	private ClusterFacts failedToStart(ClusterFacts base) {
		if (base != failedFrom) {
			Map<FactKind<?>, KindFacts<?>> kinds = new HashMap<>(base.kinds());
			kinds.replaceAll((kind, k) -> k.availability().state() != Availability.State.LOADING ? k
					: unreachable(kind, startFailure));
			failedFrom = base;
			failed = new ClusterFacts(base.cluster(), base.version(), base.observedAt(), kinds, base.serverVersion(),
					base.versionAvailability(), base.problems(), base.probes(), base.capturedAt());
		}
		return failed;
	}

	private static <T> KindFacts<T> unreachable(FactKind<T> kind, String reason) {
		return new KindFacts<>(kind, Availability.unreachable(reason), List.of(), null);
	}

	/** Scheduler and controller-manager instances as their kube-system pods tell where they listen. */
	private static List<ComponentTarget> componentTargets(ClusterFacts facts) {
		return facts.pods()
			.stream()
			.filter((p) -> "kube-system".equals(p.namespace()) && !p.terminated())
			.map(ComponentTarget::fromPod)
			.flatMap(Optional::stream)
			.toList();
	}

	@Override
	public void close() {
		running = false;
		if (apiServerPoller != null) {
			apiServerPoller.interrupt();
		}
		if (etcdDiscoverer != null) {
			etcdDiscoverer.interrupt();
		}
		if (etcd != null) {
			etcd.close();
		}
		inner.close();
	}

}
