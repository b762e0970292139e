package dev.kubeprint.web;

import java.util.Comparator;
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
	record Stamp(long facts, long revision) implements Comparable<Stamp> {

		private static final Comparator<Stamp> ORDER = Comparator.comparingLong(Stamp::facts)
			.thenComparingLong(Stamp::revision);

		@Override
		public int compareTo(Stamp other) {
			return ORDER.compare(this, other);
		}

	}

	private final NewestOnly<Key, Stamp, PanelState> states;

	PanelCache(int capacity) {
		this.states = new NewestOnly<>(capacity, true);
	}

	/**
	 * One cut per key and stamp, as {@link ViewCache} computes views. The reader who cuts a new stamp waits for it;
	 * readers who arrive meanwhile get the previous cut of the same panel at once, whole and tagged as it was, instead
	 * of all waiting: at 150,000 pods a new facts version takes seconds to analyse, and every open page used to stall
	 * for it (BENCHMARKS.md, "Pages at 150,000 pods"). So a panel can be one facts version behind for as long as the
	 * next is being cut; its next refresh brings the new one.
	 */
	PanelState get(Key key, Stamp stamp, Supplier<PanelState> cut) {
		return states.get(key, stamp, cut);
	}

}
