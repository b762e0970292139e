package dev.kubeprint.cluster.facts;

import java.util.List;

/**
 * One list under way, in figures a template formats (and the JSON twin carries as they are).
 *
 * @param first the kind's first list: nothing of it is shown yet; false for a relist, while the last complete
 * list is still shown
 * @param estimatedTotal objects the server's {@code remainingItemCount} lets one expect; -1 when it sent none
 * @param percent of the estimate read; -1 without one
 * @param secondsLeft at the rate so far; -1 without an estimate or a rate
 * @param restarts how often the list started over (its continue token expired), counting from zero each time
 */
public record KindListing(String resource, boolean first, long objects, long bytes, int pages, long estimatedTotal,
		int percent, long objectsPerSecond, long bytesPerSecond, long secondsLeft, int restarts) {

	public boolean estimable() {
		return estimatedTotal >= 0;
	}

	/** Every list under way in these facts, in the order of {@link FactKind#ALL}. */
	public static List<KindListing> of(ClusterFacts facts) {
		return FactKind.ALL.stream()
			.flatMap((k) -> facts.get(k).listing().map((p) -> of(k, facts.availability(k), p)).stream())
			.toList();
	}

	private static KindListing of(FactKind<?> kind, Availability availability, ListProgress p) {
		return new KindListing(kind.resourceName(), availability.state() == Availability.State.LOADING, p.objects(),
				p.bytes(), p.pages(), p.estimatedTotal(), p.percent(), Math.round(p.objectsPerSecond()),
				Math.round(p.bytesPerSecond()), p.secondsLeft(), p.restarts());
	}

}
