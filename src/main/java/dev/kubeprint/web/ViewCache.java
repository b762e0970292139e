package dev.kubeprint.web;

import java.util.function.Supplier;

/**
 * The latest view of each analysis, by cluster and language. Only the newest facts version is kept: an older
 * one is never asked for again, and one full analysis of a 5,000-node cluster is megabytes. So memory is
 * bounded by clusters × analyses × languages, not by time or viewers.
 */
final class ViewCache {

	record Key(String cluster, String name, String language) {
	}

	private final NewestOnly<Key, Long, Object> views;

	/** @param capacity a guard only: clusters × analyses × languages stays far below it */
	ViewCache(int capacity) {
		this.views = new NewestOnly<>(capacity);
	}

	/**
	 * The view of exactly this version: one computation per key and version, shared by every reader of that version
	 * (see {@link NewestOnly#exact}).
	 */
	@SuppressWarnings("unchecked")
	<V> V get(Key key, long version, Supplier<V> compute) {
		return (V) views.exact(key, version, compute);
	}

	/** The view of this version or a newer one, for a reader that shows it alone (see {@link NewestOnly#get}). */
	@SuppressWarnings("unchecked")
	<V> V orNewer(Key key, long version, Supplier<V> compute) {
		return (V) views.get(key, version, compute);
	}

}
