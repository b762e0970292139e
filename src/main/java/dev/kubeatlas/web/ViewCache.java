package dev.kubeatlas.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The views computed lately, by cluster, analysis, facts version and language. Bounded: old versions fall
 * out as new ones arrive, so memory does not grow with time or viewers.
 */
final class ViewCache {

	record Key(String cluster, String name, long version, String language) {
	}

	private final Map<Key, Object> entries;

	ViewCache(int capacity) {
		this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * Computing outside the lock lets two viewers of a new version both compute it once in a rare race, rather
	 * than every viewer of every cluster waiting on one slow analysis.
	 */
	@SuppressWarnings("unchecked")
	<V> V get(Key key, Supplier<V> compute) {
		synchronized (entries) {
			Object known = entries.get(key);
			if (known != null) {
				return (V) known;
			}
		}
		V value = compute.get();
		synchronized (entries) {
			entries.put(key, value);
		}
		return value;
	}

}
