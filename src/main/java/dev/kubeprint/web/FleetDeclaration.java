package dev.kubeprint.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.kubeprint.cluster.facts.ClusterFacts;

/**
 * The page of every cluster a reader may see, declared once by its feature as a cluster's page is by a
 * {@link PageDeclaration}: {@link FleetController} serves it at / (when there is more than one cluster), its
 * tiles' refresh and its JSON twin at /api/clusters.
 *
 * @param titleKey the page's name in the message bundles
 * @param template the whole page; its fragment {@code tiles(tiles)} is what refreshes
 * @param basis the part of a tile that changes only with the cluster's facts, computed once per facts version like
 * any analysis
 * @param tile a cluster's tile now, from its facts and basis: alerts and staleness move with time
 * @param order which tile comes first: the worst
 * @param filter whether a tile answers the reader's filter
 * @param states what the filter offers to choose from, by the names {@code filter} reads
 */
public record FleetDeclaration<B, T>(String titleKey, String template, Analysis<B> basis, Tile<B, T> tile,
		Comparator<T> order, Filter<T> filter, List<String> states) {

	public FleetDeclaration {
		states = List.copyOf(states);
	}

	@FunctionalInterface
	public interface Tile<B, T> {

		T tile(ClusterFacts facts, B basis, Instant now);

	}

	@FunctionalInterface
	public interface Filter<T> {

		/**
		 * @param text words the reader typed; null or blank for none
		 * @param state one of the declared states; null or blank for any
		 */
		boolean matches(T tile, String text, String state);

	}

}
