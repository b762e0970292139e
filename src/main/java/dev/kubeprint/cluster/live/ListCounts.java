package dev.kubeprint.cluster.live;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import dev.kubeprint.cluster.facts.ListProgress;

/**
 * How far one kind's LIST has come, counted on the lister's own thread in plain fields: an item costs an increment
 * and a compare, a read of the body an addition. Every {@link #EVERY} items and at the end of each page a snapshot
 * is handed on (a volatile write in {@link KindState}), which is all another thread ever sees.
 */
final class ListCounts {

	/** As many as a page holds by default: an unpaged list of 150,000 still moves in steps of this size. */
	static final int EVERY = 500;

	private final Clock clock;

	private final Consumer<ListProgress> sink;

	private long objects;

	private long bytes;

	private int pages;

	private long estimatedTotal = -1;

	private Instant startedAt;

	private int restarts;

	private int untilSnapshot = EVERY;

	ListCounts(Clock clock, Consumer<ListProgress> sink) {
		this.clock = clock;
		this.sink = sink;
		this.startedAt = clock.instant();
	}

	/** One item decoded. */
	void object() {
		objects++;
		if (--untilSnapshot == 0) {
			snapshot();
		}
	}

	/** A page ended; its {@code remainingItemCount}, or -1, dates the estimate of the total. */
	void page(long remainingItemCount) {
		pages++;
		estimatedTotal = remainingItemCount >= 0 ? objects + remainingItemCount : -1;
		snapshot();
	}

	/** The list starts over: what was counted was of an attempt whose items are thrown away. */
	void restart() {
		objects = 0;
		bytes = 0;
		pages = 0;
		estimatedTotal = -1;
		restarts++;
		startedAt = clock.instant();
		snapshot();
	}

	/** The list is over, done or failed: no progress is left to show. */
	void end() {
		sink.accept(null);
	}

	/** The response body, counted as it is read. */
	InputStream counting(InputStream body) {
		return new FilterInputStream(body) {

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					bytes++;
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					bytes += n;
				}
				return n;
			}

		};
	}

	private void snapshot() {
		untilSnapshot = EVERY;
		sink.accept(new ListProgress(objects, bytes, pages, estimatedTotal, startedAt, clock.instant(), restarts));
	}

}
