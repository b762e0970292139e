package dev.kubeprint.web;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The newest result per key, computed once per key and stamp, outside any lock: whoever first asks for a stamp newer
 * than any computed computes it, and nobody waits on another key. At 150,000 pods a new facts version with a hundred
 * readers open once meant a hundred threads computing the same analyses at once, each taking seconds, and no page
 * answered until all had finished (BENCHMARKS.md, "Pages at 150,000 pods").
 * <p>
 * Nobody computes for a stamp older than the newest one asked for: such a reader is given the newest result. That
 * rule once let readers who took their facts just before a new version compute whole analyses each, alone, and the
 * app melted down under load. A caller may also accept the previous result, for a bounded time, while the newest
 * is still being computed, so that one slow computation does not hold up every reader of its key.
 * <p>
 * A result already computed is read without a lock: a hundred readers of one cached panel once queued on the map's
 * monitor, and a reader descheduled while holding it held up the others. Only the newest stamp of a key is kept, and
 * the previous one while the newest is computed; the capacity guards against callers who invent keys.
 */
final class NewestOnly<K, S extends Comparable<S>, V> {

	/** One computation of a key for a stamp. */
	private static final class Computation<S, V> {

		private final S stamp;

		private final FutureTask<V> task;

		/** When its stamp was first asked for: from then on, results of older stamps lag. */
		private final long askedNanos = System.nanoTime();

		/** Set once it returned a value: only such a computation may answer without its task, or stand in. */
		private volatile boolean succeeded;

		private volatile V value;

		/** Taken by whoever runs it: the background, or the first reader who would otherwise wait for it. */
		private final AtomicBoolean claimed = new AtomicBoolean();

		private Computation(S stamp, Supplier<? extends V> compute) {
			this.stamp = stamp;
			this.task = new FutureTask<>(compute::get);
		}

		boolean running() {
			return !task.isDone();
		}

	}

	private static final class Entry<S, V> {

		/** The newest computation started, finished or not. */
		private volatile Computation<S, V> newest;

		/** While the newest runs, the newest that succeeded before it; null otherwise. */
		private volatile Computation<S, V> previous;

		/** When it was last read, to let the least recently read entries go first. */
		private volatile long readNanos = System.nanoTime();

	}

	private final Map<K, Entry<S, V>> entries = new ConcurrentHashMap<>();

	private final int capacity;

	/** Where a computation runs while its previous result answers; null: always in the reader's thread. */
	private final Executor background;

	NewestOnly(int capacity) {
		this(capacity, null);
	}

	NewestOnly(int capacity, Executor background) {
		this.capacity = capacity;
		this.background = background;
	}

	/** The result for {@code stamp}, or a newer one; waits for a computation in progress rather than computing. */
	V get(K key, S stamp, Supplier<? extends V> compute) {
		return get(key, stamp, Duration.ZERO, compute);
	}

	/**
	 * The same, except that the previous result answers at once while a newer one is computed, until that was first
	 * asked for {@code previousFor} ago (a result at least as new as {@code stamp} always does): the newer one is then
	 * computed in the background, and no second computation starts for the key until it is done. Without such a
	 * result the reader computes, or waits for the computation in progress; a background computation not yet begun is
	 * run by the first reader who must wait for it.
	 */
	V get(K key, S stamp, Duration previousFor, Supplier<? extends V> compute) {
		Entry<S, V> entry = entries.get(key);
		if (entry != null) {
			// Every reader asks, also while the newest is computed: answered without the lock when it can be.
			Computation<S, V> newest = entry.newest;
			Computation<S, V> answer = newest != null && newest.succeeded && newest.stamp.compareTo(stamp) >= 0 ? newest
					: newest != null && newest.running() ? standIn(newest, entry.previous, stamp, previousFor) : null;
			if (answer != null) {
				entry.readNanos = System.nanoTime();
				return answer.value;
			}
		}
		else {
			entry = entries.computeIfAbsent(key, (k) -> new Entry<>());
			if (entries.size() > capacity) {
				evictLeastRecentlyRead();
			}
		}
		entry.readNanos = System.nanoTime();
		Computation<S, V> computation;
		boolean later = false;
		synchronized (entry) {
			Computation<S, V> newest = entry.newest;
			Computation<S, V> standIn = standIn(newest, entry.previous, stamp, previousFor);
			if (newest != null && (newest.stamp.compareTo(stamp) >= 0 || newest.running() && standIn != null)) {
				computation = standIn != null ? standIn : newest;
			}
			else {
				computation = new Computation<>(stamp, compute);
				entry.previous = newest != null && newest.succeeded ? newest : entry.previous;
				entry.newest = computation;
				if (standIn != null && background != null) {
					Computation<S, V> queued = computation;
					Entry<S, V> of = entry;
					later = true;
					computation = standIn;
					background.execute(() -> run(key, of, queued));
				}
			}
		}
		if (!later) {
			run(key, entry, computation);
		}
		return result(key, computation);
	}

	/**
	 * The result for exactly {@code stamp}: for a computation that reads it beside the facts of that stamp, which a
	 * newer result would contradict (a node in one and not the other). Older than the newest asked for, it is
	 * computed alone and not kept. Only computations ask so, one per key and stamp at a time, never every reader:
	 * when every reader did, the app melted down.
	 */
	V exact(K key, S stamp, Supplier<? extends V> compute) {
		Entry<S, V> entry = entries.get(key);
		Computation<S, V> newest = entry == null ? null : entry.newest;
		if (newest != null && newest.stamp.compareTo(stamp) > 0) {
			Computation<S, V> previous = entry.previous;
			return previous != null && previous.succeeded && previous.stamp.compareTo(stamp) == 0 ? previous.value
					: compute.get();
		}
		return get(key, stamp, Duration.ZERO, compute);
	}

	/**
	 * A result that may answer instead of the newest: the newest itself once done, else the previous one; either if
	 * it is as new as asked, or if the newer facts were first asked for less than {@code previousFor} ago. A result's
	 * lag begins when newer facts are asked for, not when it was computed: facts that stayed current for minutes are
	 * not stale the moment they change.
	 */
	private static <S extends Comparable<S>, V> Computation<S, V> standIn(Computation<S, V> newest,
			Computation<S, V> previous, S stamp, Duration previousFor) {
		if (newest == null) {
			return null;
		}
		boolean running = newest.running();
		Computation<S, V> candidate = running ? previous : newest;
		if (candidate == null || !candidate.succeeded) {
			return null;
		}
		long lagging = running ? System.nanoTime() - newest.askedNanos : 0;
		return candidate.stamp.compareTo(stamp) >= 0 || lagging < previousFor.toNanos() ? candidate : null;
	}

	/** Runs a computation not yet begun (a no-op for one running or done) and keeps its result. */
	private void run(K key, Entry<S, V> entry, Computation<S, V> computation) {
		if (computation.claimed.compareAndSet(false, true)) {
			computation.task.run();
			finished(key, entry, computation);
		}
	}

	/**
	 * A result that came after a newer computation started stands in for it if it is the newest result; a failure
	 * is not kept: the next reader of its stamp tries again, as before there was one to share.
	 */
	private void finished(K key, Entry<S, V> entry, Computation<S, V> computation) {
		try {
			computation.value = computation.task.get();
			computation.succeeded = true;
		}
		catch (ExecutionException | InterruptedException ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
		synchronized (entry) {
			if (entry.newest == computation) {
				if (!computation.succeeded) {
					entry.newest = entry.previous;
				}
				entry.previous = null;
				if (entry.newest == null) {
					entries.remove(key, entry);
				}
			}
			else if (computation.succeeded && entry.newest != null
					&& computation.stamp.compareTo(entry.newest.stamp) < 0
					&& (entry.previous == null || entry.previous.stamp.compareTo(computation.stamp) < 0)) {
				entry.previous = computation;
			}
		}
	}

	/** A tenth of the capacity at once, so that a caller inventing keys does not make every insertion a scan. */
	private void evictLeastRecentlyRead() {
		int excess = entries.size() - capacity + Math.max(1, capacity / 10);
		entries.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<K, Entry<S, V>> e) -> e.getValue().readNanos))
			.limit(excess)
			.toList()
			.forEach((e) -> entries.remove(e.getKey(), e.getValue()));
	}

	private V result(K key, Computation<S, V> computation) {
		try {
			return computation.task.get();
		}
		catch (ExecutionException ex) {
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
