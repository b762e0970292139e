package dev.kubeatlas.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kubeatlas.cluster.etcd.EtcdProperties;
import dev.kubeatlas.cluster.etcd.EtcdSource;
import dev.kubeatlas.cluster.facts.ClusterFacts;
import dev.kubeatlas.cluster.facts.ClusterIdentity;
import dev.kubeatlas.cluster.probe.ApiServerProbe;
import dev.kubeatlas.cluster.probe.ComponentHealthProbe;
import dev.kubeatlas.cluster.probe.ComponentTarget;
import dev.kubeatlas.cluster.probe.HealthzHttp;
import dev.kubeatlas.cluster.probe.ProbeFacts;

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

	private final EtcdSource etcd;

	private final AtomicReference<ProbeFacts> probes;

	private volatile boolean running;

	private Thread apiServerPoller;

	private ClusterFacts lastInner;

	private ProbeFacts lastProbes;

	private ClusterFacts combined;

	private long version;

	/**
	 * @param apiServerProbe null when the source cannot reach an API server (a snapshot)
	 * @param apiServerAbsent why there is no probe, in words, when there is none
	 * @param etcd null when no etcd endpoints are configured
	 */
	public ProbedClusterSource(ClusterSource inner, ApiServerProbe apiServerProbe, Duration apiServerInterval,
			String apiServerAbsent, EtcdProperties etcd, Clock clock) {
		this.inner = inner;
		this.apiServerProbe = apiServerProbe;
		this.componentProbe = new ComponentHealthProbe(new HealthzHttp(Duration.ofSeconds(3)), clock);
		this.apiServerInterval = apiServerInterval;
		this.probes = new AtomicReference<>(ProbeFacts.none(apiServerAbsent, ProbeFacts.NO_ETCD));
		this.etcd = etcd == null || etcd.endpoints().isEmpty() ? null
				: new EtcdSource(etcd, clock, (polled) -> probes.updateAndGet((p) -> p.withEtcd(polled)));
		if (this.etcd != null) {
			probes.updateAndGet((p) -> p.withEtcd(this.etcd.current()));
		}
	}

	@Override
	public ClusterIdentity identity() {
		return inner.identity();
	}

	@Override
	public synchronized ClusterFacts facts() {
		ClusterFacts base = inner.facts();
		ProbeFacts current = probes.get();
		if (base != lastInner || current != lastProbes) {
			lastInner = base;
			lastProbes = current;
			combined = base.withProbes(current, ++version);
		}
		return combined;
	}

	@Override
	public void start() {
		running = true;
		inner.start();
		if (apiServerProbe != null) {
			apiServerPoller = new Thread(this::pollApiServer, "kube-atlas-" + identity().name() + "-apiserver-probe");
			apiServerPoller.setDaemon(true);
			apiServerPoller.start();
		}
		if (etcd != null) {
			etcd.start();
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
		if (etcd != null) {
			etcd.close();
		}
		inner.close();
	}

}
