package dev.kubeprint.cluster.live;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits that double per consecutive failure, with jitter so that many kinds and many replicas that failed
 * together do not retry together. Not thread-safe: each loop owns one.
 */
final class Backoff {

	private final long initialMillis;

	private final long maxMillis;

	private long nextMillis;

	Backoff(Duration initial, Duration max) {
		this.initialMillis = Math.max(1, initial.toMillis());
		this.maxMillis = Math.max(initialMillis, max.toMillis());
		this.nextMillis = initialMillis;
	}

	/** The wait before the next attempt: the current step, jittered by up to +/-20%, never above the max. */
	Duration next() {
		long base = nextMillis;
		nextMillis = Math.min(maxMillis, nextMillis * 2);
		long jitter = (long) (base * 0.2 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
		return Duration.ofMillis(Math.min(maxMillis, Math.max(1, base + jitter)));
	}

	void reset() {
		nextMillis = initialMillis;
	}

}
