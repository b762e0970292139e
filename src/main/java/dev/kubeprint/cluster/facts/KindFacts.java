package dev.kubeprint.cluster.facts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * All facts of one kind, with whether they could be had.
 *
 * @param syncedAt when these items were last known to match the cluster (null before the first sync)
 * @param dropped how many items were left out to keep the kind bounded (Events beyond the newest
 * {@link EventBound#KEPT}), so that a page can say it shows only part; 0 for every other kind
 * @param listing a LIST of the kind under way, with how far it has come; empty when none is. A kind listed for
 * the first time is still LOADING and holds no items meanwhile: half a list of pods would read as "no pod
 * Pending" to any check. A relist keeps the last complete items and their availability.
 */
public record KindFacts<T>(FactKind<T> kind, Availability availability, List<T> items, Instant syncedAt,
		int dropped, Optional<ListProgress> listing) {

	public KindFacts(FactKind<T> kind, Availability availability, List<T> items, Instant syncedAt) {
		this(kind, availability, items, syncedAt, 0);
	}

	public KindFacts(FactKind<T> kind, Availability availability, List<T> items, Instant syncedAt, int dropped) {
		this(kind, availability, items, syncedAt, dropped, Optional.empty());
	}

	// The bound is enforced here, where every source assembles its facts, so no source can forget it.
	@SuppressWarnings("unchecked")
	public KindFacts {
		if (kind == FactKind.EVENTS) {
			List<EventFact> events = (List<EventFact>) items;
			dropped += EventBound.overCap(events);
			items = (List<T>) EventBound.newest(events);
		}
		else {
			items = List.copyOf(items);
		}
	}

	public static <T> KindFacts<T> loading(FactKind<T> kind) {
		return new KindFacts<>(kind, Availability.loading(), List.of(), null);
	}

}
