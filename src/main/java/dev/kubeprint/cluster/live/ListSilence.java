package dev.kubeprint.cluster.live;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import okhttp3.Call;

/**
 * Gives up a list page the API server has stopped sending: a connection dead without a reset, a server stuck
 * mid-write. Silence, not length, is what is bounded, since a server may ignore {@code limit} (kube-apiserver before
 * 1.33 serves {@code resourceVersion=0} whole from its watch cache) and send one page of a gigabyte that rightly
 * takes minutes. As with a read timeout, only time spent waiting for the server counts (for the response, then in
 * each read), not the reader's own work between reads. OkHttp's read timeout bounds the same silence but is armed
 * and disarmed on every socket read, waking its watchdog thread each time (170,000 times, a tenth of the CPU, for a
 * list of 150,000 pods); here a read only notes when it started and ended, and one shared thread looks every so
 * often.
 */
final class ListSilence implements AutoCloseable {

	private static final ScheduledThreadPoolExecutor CHECKS = checks();

	private final Call call;

	private final Duration limit;

	private final long limitNanos;

	private final ScheduledFuture<?> check;

	/** When the current wait for the server began; 0 while the reader is not waiting. */
	private volatile long waitingSince = System.nanoTime();

	private volatile boolean expired;

	private ListSilence(Call call, Duration limit) {
		this.call = call;
		this.limit = limit;
		this.limitNanos = limit.toNanos();
		long every = Math.max(10, Math.min(1000, limit.toMillis() / 4));
		this.check = CHECKS.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
	}

	/** Watches {@code call} from now, before it is executed: a server that never answers is silent too. */
	static ListSilence watch(Call call, Duration limit) {
		return new ListSilence(call, limit);
	}

	private static ScheduledThreadPoolExecutor checks() {
		ScheduledThreadPoolExecutor checks = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "kubeprint-list-silence");
			thread.setDaemon(true);
			return thread;
		});
		// A page's check is cancelled when the page ends: out of the queue at once, not at its next turn.
		checks.setRemoveOnCancelPolicy(true);
		return checks;
	}

	/** Cancelling again until closed is harmless; the reader closes this as soon as its read fails. */
	private void check() {
		long since = waitingSince;
		if (since != 0 && System.nanoTime() - since > limitNanos) {
			expired = true;
			call.cancel();
		}
	}

	/** The body of the response, which has come: each read is a wait for the server. */
	InputStream listening(InputStream body) {
		waitingSince = 0;
		return new FilterInputStream(body) {

			@Override
			public int read() throws IOException {
				waitingSince = System.nanoTime();
				try {
					return super.read();
				}
				finally {
					waitingSince = 0;
				}
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				waitingSince = System.nanoTime();
				try {
					return super.read(buffer, offset, length);
				}
				finally {
					waitingSince = 0;
				}
			}

		};
	}

	/** Whether the page was given up for silence, so that its failure is said as such rather than "Canceled". */
	boolean expired() {
		return expired;
	}

	Silent explained(String resource) {
		String silence = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
		return new Silent("the API server sent nothing for " + silence + " while listing " + resource);
	}

	/** A page given up for silence; its message says for how long and what was being listed. */
	static final class Silent extends SocketTimeoutException {

		private static final long serialVersionUID = 1L;

		Silent(String message) {
			super(message);
		}

	}

	@Override
	public void close() {
		check.cancel(false);
	}

}
