package dev.kubeprint.cluster.live;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.EventBound;
import dev.kubeprint.cluster.facts.EventFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;

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
		if (current && availability.isOk()) {
			syncedAt = now;
		}
		return new KindFacts<>(kind, availability, availability.hasData() ? published : List.of(), syncedAt);
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
