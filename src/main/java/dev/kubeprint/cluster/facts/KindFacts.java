package dev.kubeprint.cluster.facts;

import java.time.Instant;
import java.util.List;

/**
 * All facts of one kind, with whether they could be had.
 *
 * @param syncedAt when these items were last known to match the cluster (null before the first sync)
 */
public record KindFacts<T>(FactKind<T> kind, Availability availability, List<T> items, Instant syncedAt) {

	public KindFacts {
		items = List.copyOf(items);
	}

	public static <T> KindFacts<T> loading(FactKind<T> kind) {
		return new KindFacts<>(kind, Availability.loading(), List.of(), null);
	}

}
