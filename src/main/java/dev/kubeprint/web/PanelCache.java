package dev.kubeprint.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each panel as last cut, with its tag and its rendered HTML, by cluster, panel, language and page. Only the newest
 * stamp of a key is kept, so memory is bounded by clusters × panels × languages × cached pages, and the capacity
 * guards against callers who invent languages. A refresh that finds its stamp here is answered by a lookup.
 */
final class PanelCache {

	/** @param page 1 for a panel shown whole; the page asked for of a paged one */
	record Key(String cluster, String panel, String language, int page) {
	}

	/**
	 * When a panel was cut: the facts version, and for a live panel its revision (for the status panel, whether
	 * the data had gone stale), which move without a new facts version.
	 */
	record Stamp(long facts, long revision) {

		boolean notAfter(Stamp other) {
			return facts < other.facts || facts == other.facts && revision <= other.revision;
		}

	}

	private record Entry(Stamp stamp, PanelState state) {
	}

	private final Map<Key, Entry> entries;

	PanelCache(int capacity) {
		this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
				return size() > capacity;
			}
		};
	}

	/** Computed outside the lock, as {@link ViewCache} does: a rare double computation beats readers waiting. */
	PanelState get(Key key, Stamp stamp, Supplier<PanelState> cut) {
		synchronized (entries) {
			Entry known = entries.get(key);
			if (known != null && known.stamp().equals(stamp)) {
				return known.state();
			}
		}
		PanelState state = cut.get();
		synchronized (entries) {
			Entry known = entries.get(key);
			// A slow cut of an older stamp must not replace a newer one.
			if (known == null || known.stamp().notAfter(stamp)) {
				entries.put(key, new Entry(stamp, state));
			}
		}
		return state;
	}

}
