package dev.kubeprint.cluster.snapshot;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kubeprint.cluster.source.ClusterSource;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.SourceProblem;

/**
 * Facts from a directory of API objects (a support bundle, a {@code kubectl cluster-info dump}) or from the
 * bundled demo. A directory is watched: when its files change, the facts are read again and republished, so
 * a dump being refreshed shows up on open pages like a live cluster would.
 */
public final class SnapshotSource implements ClusterSource {

	private static final Logger log = LoggerFactory.getLogger(SnapshotSource.class);

	/** Said for every kind a dump lacks: unknown, not "none". */
	public static final String NOT_COLLECTED = "not in this snapshot";

	private final ClusterIdentity identity;

	private final SnapshotLocation location;

	private final ScheduledExecutorService scheduler;

	private final Duration reloadInterval;

	private final Clock clock;

	private volatile ClusterFacts facts;

	private String fingerprint = "";

	private ScheduledFuture<?> reloads;

	public SnapshotSource(ClusterIdentity identity, SnapshotLocation location, ScheduledExecutorService scheduler,
			Duration reloadInterval, Clock clock) {
		this.identity = identity;
		this.location = location;
		this.scheduler = scheduler;
		this.reloadInterval = reloadInterval;
		this.clock = clock;
		this.facts = ClusterFacts.loading(identity, clock.instant());
	}

	@Override
	public ClusterIdentity identity() {
		return identity;
	}

	@Override
	public ClusterFacts facts() {
		return facts;
	}

	/** Reads the snapshot once before returning, so the first page already has data. */
	@Override
	public void start() {
		reloadIfChanged();
		if (location.changes()) {
			long millis = reloadInterval.toMillis();
			reloads = scheduler.scheduleWithFixedDelay(this::reloadIfChanged, millis, millis, TimeUnit.MILLISECONDS);
		}
	}

	synchronized void reloadIfChanged() {
		try {
			String now = location.fingerprint();
			if (now.equals(fingerprint)) {
				return;
			}
			fingerprint = now;
			publish(new SnapshotReader(clock).read(location));
		}
		catch (RuntimeException ex) {
			// A vanished or unreadable directory: keep what was read before and say why.
			log.warn("Snapshot {} of cluster {} could not be read: {}", location.describe(), identity.name(),
					ex.getMessage());
			fingerprint = "";
			List<SourceProblem> problems = new ArrayList<>(facts.problems());
			problems.removeIf((p) -> p.where().equals(location.describe()));
			problems.add(0, new SourceProblem(location.describe(), "could not be read: " + ex.getMessage()));
			ClusterFacts previous = facts;
			facts = new ClusterFacts(identity, previous.version() + 1, previous.observedAt(), previous.kinds(),
					previous.serverVersion(), previous.versionAvailability(), problems, previous.probes(),
					previous.capturedAt());
		}
	}

	private void publish(SnapshotContent content) {
		Map<FactKind<?>, KindFacts<?>> kinds = new HashMap<>();
		for (FactKind<?> kind : FactKind.ALL) {
			kinds.put(kind, kindFacts(kind, content));
		}
		Availability version = content.serverVersion().isPresent() ? Availability.ok()
				: Availability.notCollected("this snapshot has no GET /version answer (version.json)");
		// Ages (lease renewals, conditions) are measured against the capture; when it is unknown the reading
		// stands in, which keeps ETags moving with each reload but dates nothing in the cluster.
		facts = new ClusterFacts(identity, facts.version() + 1, content.capturedAt().orElseGet(clock::instant),
				kinds, content.serverVersion(), version, content.problems(), content.probes(), content.capturedAt());
		for (SourceProblem p : content.problems()) {
			log.warn("Snapshot {} of cluster {}: {}: {}", location.describe(), identity.name(), p.where(), p.reason());
		}
		log.info("Cluster {}: read snapshot {} ({} nodes, {} pods, captured {})", identity.name(),
				location.describe(), facts.nodes().size(), facts.pods().size(),
				content.capturedAt().map(Object::toString).orElse("at an unknown time"));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static KindFacts<?> kindFacts(FactKind kind, SnapshotContent content) {
		if (!content.present().contains(kind)) {
			return new KindFacts<>(kind, Availability.notCollected(NOT_COLLECTED), List.of(), null);
		}
		List<Object> items = content.objects().getOrDefault(kind, List.of());
		return new KindFacts<>(kind, Availability.ok(), items, content.capturedAt().orElse(null));
	}

	@Override
	public void close() {
		if (reloads != null) {
			reloads.cancel(false);
		}
	}

}
