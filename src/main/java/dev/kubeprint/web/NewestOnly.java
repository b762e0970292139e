package dev.kubeprint.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The newest result per key, computed once per key and stamp, outside the lock: whoever asks first computes,
 * whoever asks for the same key and stamp meanwhile waits for that result, and nobody waits on another key. At
 * 150,000 pods a new facts version with a hundred readers open once meant a hundred threads computing the same
 * analyses at once, each taking seconds, and no page answered until all had finished (BENCHMARKS.md, "Pages at
 * 150,000 pods"). Only the newest stamp of a key is kept; the capacity guards against callers who invent keys.
 */
final class NewestOnly<K, S extends Comparable<S>, V> {

	private record Entry<S, V>(S stamp, FutureTask<V> value) {
	}

	private final Map<K, Entry<S, V>> entries;

	NewestOnly(int capacity) {
		this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Entry<S, V>> eldest) {
				return size() > capacity;
			}
		};
	}

	V get(K key, S stamp, Supplier<? extends V> compute) {
		FutureTask<V> task;
		boolean mine = false;
		synchronized (entries) {
			Entry<S, V> known = entries.get(key);
			if (known != null && known.stamp().compareTo(stamp) == 0) {
				task = known.value();
			}
			else if (known != null && known.stamp().compareTo(stamp) > 0) {
				// A slow reader of an older stamp computes alone: it must not replace the newer one.
				task = null;
			}
			else {
				task = new FutureTask<>(compute::get);
				entries.put(key, new Entry<>(stamp, task));
				mine = true;
			}
		}
		if (task == null) {
			return compute.get();
		}
		if (mine) {
			task.run();
		}
		return result(key, task);
	}

	/** A failed computation is not kept: the next reader tries again, as before there was one to share. */
	private V result(K key, FutureTask<V> task) {
		try {
			return task.get();
		}
		catch (ExecutionException ex) {
			synchronized (entries) {
				Entry<S, V> known = entries.get(key);
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
