package dev.kubeprint.web;

import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Executor;
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
		this(capacity, null);
	}

	/** @param background where a newer cut is made while the previous one answers; null: in the reader's thread */
	PanelCache(int capacity, Executor background) {
		this.states = new NewestOnly<>(capacity, background);
	}

	/**
	 * One cut per key and stamp, as {@link ViewCache} computes views: readers of a stamp being cut wait for it rather
	 * than cutting and hashing it again each.
	 */
	PanelState get(Key key, Stamp stamp, Supplier<PanelState> cut) {
		return states.get(key, stamp, cut);
	}

	/**
	 * The same, except that while a newer stamp is cut, the previous cut answers if that was started less than
	 * {@code lag} ago, and the newer one is cut in the background: at 150,000 pods a cut takes seconds, and a hundred
	 * readers need not all wait for it.
	 */
	PanelState get(Key key, Stamp stamp, Duration lag, Supplier<PanelState> cut) {
		return states.get(key, stamp, lag, cut);
	}

}
