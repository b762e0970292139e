package dev.kubeprint.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The latest view of each analysis, by cluster and language. Only the newest facts version is kept: an older
 * one is never asked for again, and one full analysis of a 5,000-node cluster is megabytes. So memory is
 * bounded by clusters × analyses × languages, not by time or viewers.
 */
final class ViewCache {

	record Key(String cluster, String name, String language) {
	}

	private record Entry(long version, FutureTask<Object> value) {
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
	 * One computation per key and version, outside the lock: whoever asks first computes, whoever asks for the same
	 * key and version meanwhile waits for that result, and nobody waits on another key. At 150,000 pods a new facts
	 * version with a hundred readers open once meant a hundred threads computing the same analyses at once, each
	 * taking seconds, and no page answered until all had finished (BENCHMARKS.md, "Pages at 150,000 pods").
	 */
	@SuppressWarnings("unchecked")
	<V> V get(Key key, long version, Supplier<V> compute) {
		FutureTask<Object> task;
		boolean mine = false;
		synchronized (entries) {
			Entry known = entries.get(key);
			if (known != null && known.version() == version) {
				task = known.value();
			}
			else if (known != null && known.version() > version) {
				// A slow reader of an older version computes it alone: it must not replace the newer one.
				task = null;
			}
			else {
				task = new FutureTask<>(compute::get);
				entries.put(key, new Entry(version, task));
				mine = true;
			}
		}
		if (task == null) {
			return compute.get();
		}
		if (mine) {
			task.run();
		}
		return (V) result(key, task);
	}

	/** A failed computation is not kept: the next reader tries again, as before there was one to share. */
	private Object result(Key key, FutureTask<Object> task) {
		try {
			return task.get();
		}
		catch (ExecutionException ex) {
			synchronized (entries) {
				Entry known = entries.get(key);
				if (known != null && known.value() == task) {
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
			throw new IllegalStateException("interrupted while another reader computed " + key, ex);
		}
	}

}
