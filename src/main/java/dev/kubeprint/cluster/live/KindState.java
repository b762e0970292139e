package dev.kubeprint.cluster.live;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.EventBound;
import dev.kubeprint.cluster.facts.EventFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.ListProgress;

/**
 * What is known of one kind: the facts by key and whether they can be trusted. Written by the kind's watch
 * loop, read by the publisher; the immutable list handed out is rebuilt only when items changed.
 */
final class KindState<T> {

	private static final Logger log = LoggerFactory.getLogger(KindState.class);

	private final String cluster;

	private final FactKind<T> kind;

	private Map<String, T> items = new HashMap<>();

	private List<T> published = List.of();

	private boolean itemsChanged;

	private boolean dirty;

	private Availability availability = Availability.loading();

	/** The last moment the items were known to match the cluster. */
	private Instant syncedAt;

	/** True while a list has just completed or a watch is open: the items are current, not just last known. */
	private boolean current;

	private boolean logChanges = true;

	/** Written by the lister once per page (or {@link ListCounts#EVERY} items), read by the publisher. */
	private volatile ListProgress progress;

	/** Progress moved since the last publication; published on a slower beat than changes, see the source. */
	private volatile boolean progressMoved;

	KindState(String cluster, FactKind<T> kind) {
		this.cluster = cluster;
		this.kind = kind;
	}

	FactKind<T> kind() {
		return kind;
	}

	/** A complete list: replaces everything, so objects deleted while not watching leave no ghosts. */
	synchronized void replace(Map<String, T> fresh, Instant now) {
		items = fresh;
		progress = null;
		itemsChanged();
		markCurrent(now);
	}

	/**
	 * Most MODIFIED events change only what no fact keeps (status heartbeats of other fields, managedFields,
	 * resourceVersion); facts are records, so an equal one means nothing to publish and no view to recompute.
	 */
	synchronized void upsert(T fact, Instant now) {
		if (!worthKeeping(fact)) {
			markCurrent(now);
			return;
		}
		T previous = items.put(FactKeys.key(fact), fact);
		if (!fact.equals(previous)) {
			itemsChanged();
		}
		markCurrent(now);
	}

	/**
	 * Events are filtered as they arrive, not only when published: a busy cluster's Normal events would
	 * otherwise fill the heap between publications. The cap itself is applied when the facts are assembled.
	 */
	static boolean worthKeeping(Object fact) {
		return !(fact instanceof EventFact event) || EventBound.kept(event);
	}

	synchronized void delete(T fact, Instant now) {
		items.remove(FactKeys.key(fact));
		itemsChanged();
		markCurrent(now);
	}

	/**
	 * A watch opened or a bookmark arrived: nothing changed, and that is now known. Not a reason to publish by
	 * itself; the publisher's heartbeat carries the freshness.
	 */
	synchronized void confirm(Instant now) {
		markCurrent(now);
	}

	private void itemsChanged() {
		itemsChanged = true;
		dirty = true;
	}

	private void markCurrent(Instant now) {
		current = true;
		syncedAt = now;
		change(Availability.ok());
	}

	/**
	 * The server could not be reached: what was known stays, marked stale since it was last current; a kind
	 * that never listed says why it has nothing.
	 */
	synchronized void lostContact(String reason) {
		current = false;
		change(syncedAt != null ? Availability.stale(syncedAt, reason) : Availability.unreachable(reason));
	}

	/** When the items last matched the cluster; null if they never did. */
	synchronized Instant syncedAt() {
		return syncedAt;
	}

	/**
	 * The kind cannot be read now, for the reason the availability gives: the server will not serve it
	 * (forbidden, unauthorized, not served), or could not be reached (then it is stale or unreachable).
	 */
	synchronized void refused(Availability refusal) {
		current = false;
		change(refusal);
	}

	/** As {@link #refused}, when the source has already logged the one reason all kinds share. */
	synchronized void refusedQuietly(Availability refusal) {
		current = false;
		boolean logged = logChanges;
		logChanges = false;
		change(refusal);
		logChanges = logged;
	}

	/** How far a list has come; null when it ended. Not synchronized: no lock on the lister's path. */
	void progress(ListProgress now) {
		progress = now;
		progressMoved = true;
	}

	boolean progressMoved() {
		return progressMoved;
	}

	/**
	 * Facts are due though nothing changed: a heartbeat while some kind is current, so that their age stays true,
	 * or a list's progress, on its own slower beat ({@link LiveSettings#progressInterval()}).
	 */
	static boolean due(Collection<KindState<?>> states, Duration since, LiveSettings settings) {
		return since.compareTo(settings.heartbeat()) >= 0 && states.stream().anyMatch(KindState::current)
				|| since.compareTo(settings.progressInterval()) >= 0
						&& states.stream().anyMatch(KindState::progressMoved);
	}

	synchronized boolean dirty() {
		return dirty;
	}

	synchronized boolean current() {
		return current && availability.isOk();
	}

	synchronized Availability availability() {
		return availability;
	}

	/** The facts to publish; a current kind's items are stamped with {@code now}. */
	synchronized KindFacts<T> publish(Instant now) {
		if (itemsChanged) {
			published = List.copyOf(items.values());
			itemsChanged = false;
		}
		dirty = false;
		progressMoved = false;
		if (current && availability.isOk()) {
			syncedAt = now;
		}
		// Rates are taken to now, not to the last snapshot: a list that stalls shows its rate falling and its time
		// left growing rather than the figures of its last good moment.
		ListProgress listing = progress != null ? progress.asOf(now) : null;
		// A first list says how far it has come wherever a panel names why the kind is not there yet.
		Availability shown = listing != null && availability.state() == Availability.State.LOADING
				? Availability.listing(listing.describe()) : availability;
		return new KindFacts<>(kind, shown, shown.hasData() ? published : List.of(), syncedAt, 0,
				Optional.ofNullable(listing));
	}

	private void change(Availability next) {
		Availability previous = availability;
		availability = next;
		if (previous.state() == next.state() && Objects.equals(previous.reason(), next.reason())) {
			return;
		}
		dirty = true;
		if (!logChanges) {
			return;
		}
		switch (next.state()) {
			case OK -> log.info("Cluster {}: {} synced ({} objects){}", cluster, kind.resourceName(), items.size(),
					previous.state() == Availability.State.LOADING ? "" : ", was " + previous.state());
			case STALE -> log.warn("Cluster {}: {} is stale, last synced {}: {}", cluster, kind.resourceName(),
					syncedAt, next.reason());
			case NOT_APPLICABLE -> log.info("Cluster {}: {} not read: {}", cluster, kind.resourceName(),
					next.reason());
			default -> log.warn("Cluster {}: {} is {}: {}", cluster, kind.resourceName(), next.state(),
					next.reason());
		}
	}

}
