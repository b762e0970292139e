package dev.kubeprint.cluster.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * Everything known about one cluster at one moment: an immutable, versioned snapshot. Sources publish a new
 * one when something changed; analyzers read it and never see it change under them.
 *
 * @param cluster which cluster
 * @param version increases with every publication, so a view computed from version N can be reused until N+1
 * @param observedAt the moment these facts describe: "now" for a live cluster, the capture time of a snapshot.
 * Analyzers measure ages (lease renewals, conditions) against this, never against the wall clock.
 * @param kinds every kind in {@link FactKind#ALL}, each with its availability
 * @param serverVersion what /version said, if known
 * @param versionAvailability whether /version could be read
 * @param problems what the source could not read, for the page to name
 * @param probes what polling found of the parts that have no watch (API server health, etcd)
 * @param capturedAt for a snapshot, when it was taken as its objects tell (their newest timestamp); empty for a
 * live cluster, and for a snapshot whose objects hold no timestamp, whose capture time is then unknown. While
 * unknown, {@code observedAt} is the time the snapshot was read, which dates nothing in the cluster.
 */
public record ClusterFacts(ClusterIdentity cluster, long version, Instant observedAt,
		Map<FactKind<?>, KindFacts<?>> kinds, Optional<ServerVersion> serverVersion,
		Availability versionAvailability, List<SourceProblem> problems, ProbeFacts probes,
		Optional<Instant> capturedAt) {

	public ClusterFacts(ClusterIdentity cluster, long version, Instant observedAt,
			Map<FactKind<?>, KindFacts<?>> kinds, Optional<ServerVersion> serverVersion,
			Availability versionAvailability, List<SourceProblem> problems, ProbeFacts probes) {
		this(cluster, version, observedAt, kinds, serverVersion, versionAvailability, problems, probes,
				Optional.empty());
	}

	static final ProbeFacts NOT_PROBED = ProbeFacts.none("this source does not probe the API server",
			ProbeFacts.NO_ETCD);

	/** Facts of a source that probes nothing itself; a {@code ProbedClusterSource} adds probes on top. */
	public ClusterFacts(ClusterIdentity cluster, long version, Instant observedAt,
			Map<FactKind<?>, KindFacts<?>> kinds, Optional<ServerVersion> serverVersion,
			Availability versionAvailability, List<SourceProblem> problems) {
		this(cluster, version, observedAt, kinds, serverVersion, versionAvailability, problems, NOT_PROBED);
	}

	public ClusterFacts {
		Map<FactKind<?>, KindFacts<?>> complete = new HashMap<>(kinds);
		for (FactKind<?> kind : FactKind.ALL) {
			complete.computeIfAbsent(kind, KindFacts::loading);
		}
		kinds = Map.copyOf(complete);
		problems = List.copyOf(problems);
	}

	/** Facts of a cluster whose source has not delivered anything yet. */
	public static ClusterFacts loading(ClusterIdentity cluster, Instant now) {
		return new ClusterFacts(cluster, 0, now, Map.of(), Optional.empty(), Availability.loading(), List.of());
	}

	@SuppressWarnings("unchecked")
	public <T> KindFacts<T> get(FactKind<T> kind) {
		return (KindFacts<T>) kinds.get(kind);
	}

	public <T> List<T> items(FactKind<T> kind) {
		return get(kind).items();
	}

	public Availability availability(FactKind<?> kind) {
		return get(kind).availability();
	}

	public List<NodeFact> nodes() {
		return items(FactKind.NODES);
	}

	public List<PodFact> pods() {
		return items(FactKind.PODS);
	}

	/** True once the source has delivered every kind at least once, successfully or with a stated reason. */
	public boolean synced() {
		return kinds.values().stream().noneMatch((k) -> k.availability().state() == Availability.State.LOADING);
	}

	/**
	 * How old the facts are at {@code now}: for a live cluster the oldest successful sync of a kind that has
	 * data; for a snapshot the time since capture.
	 */
	public Duration age(Instant now) {
		if (!cluster.live()) {
			return Duration.between(observedAt, now);
		}
		Instant oldest = kinds.values().stream()
			.filter((k) -> k.availability().hasData() && k.syncedAt() != null)
			.map(KindFacts::syncedAt)
			.min(Instant::compareTo)
			.orElse(observedAt);
		return Duration.between(oldest, now);
	}

	/** Only live data goes stale: a snapshot is old by nature and says when it was captured instead. */
	public boolean stale(Instant now, Duration staleness) {
		if (!cluster.live()) {
			return false;
		}
		return age(now).compareTo(staleness) > 0
				|| kinds.values().stream().anyMatch((k) -> k.availability().state() == Availability.State.STALE);
	}

	public ClusterFacts withVersion(long newVersion, Instant newObservedAt) {
		return new ClusterFacts(cluster, newVersion, newObservedAt, kinds, serverVersion, versionAvailability,
				problems, probes, capturedAt);
	}

	public ClusterFacts withProbes(ProbeFacts newProbes, long newVersion) {
		return new ClusterFacts(cluster, newVersion, observedAt, kinds, serverVersion, versionAvailability,
				problems, newProbes, capturedAt);
	}

}
