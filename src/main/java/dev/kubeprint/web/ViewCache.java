package dev.kubeprint.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The latest view of each analysis, by cluster and language. Only the newest facts version is kept: an older
 * one is never asked for again, and one full analysis of a 5,000-node cluster is megabytes. So memory is
 * bounded by clusters × analyses × languages, not by time or viewers.
 */
final class ViewCache {

	record Key(String cluster, String name, String language) {
	}

	private record Entry(long version, Object value) {
	}

	private final Map<Key, Entry> entries;

	/** @param capacity a guard only: clusters × analyses × languages stays far below it */
	ViewCache(int capacity) {
		this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * Computing outside the lock lets two viewers of a new version both compute it once in a rare race, rather
	 * than every viewer of every cluster waiting on one slow analysis.
	 */
	@SuppressWarnings("unchecked")
	<V> V get(Key key, long version, Supplier<V> compute) {
		synchronized (entries) {
			Entry known = entries.get(key);
			if (known != null && known.version() == version) {
				return (V) known.value();
			}
		}
		V value = compute.get();
		synchronized (entries) {
			Entry known = entries.get(key);
			// A slow computation of an older version must not replace a newer one.
			if (known == null || known.version() <= version) {
				entries.put(key, new Entry(version, value));
			}
		}
		return value;
	}

}
