package dev.kubeprint.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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

	private record Entry(Stamp stamp, FutureTask<PanelState> state) {
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

	/**
	 * One cut per key and stamp, outside the lock, as {@link ViewCache} computes views: readers of a stamp being cut
	 * wait for it rather than cutting and hashing it again each.
	 */
	PanelState get(Key key, Stamp stamp, Supplier<PanelState> cut) {
		FutureTask<PanelState> task;
		boolean mine = false;
		synchronized (entries) {
			Entry known = entries.get(key);
			if (known != null && known.stamp().equals(stamp)) {
				task = known.state();
			}
			else if (known != null && !known.stamp().notAfter(stamp)) {
				// A slow reader of an older stamp cuts alone: it must not replace the newer one.
				task = null;
			}
			else {
				task = new FutureTask<>(cut::get);
				entries.put(key, new Entry(stamp, task));
				mine = true;
			}
		}
		if (task == null) {
			return cut.get();
		}
		if (mine) {
			task.run();
		}
		return result(key, task);
	}

	private PanelState result(Key key, FutureTask<PanelState> task) {
		try {
			return task.get();
		}
		catch (ExecutionException ex) {
			synchronized (entries) {
				Entry known = entries.get(key);
				if (known != null && known.state() == task) {
					entries.remove(key);
				}
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while another reader cut " + key, ex);
		}
	}

}
