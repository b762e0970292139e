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
		return jittered(base, maxMillis, randomJitter());
	}

	/** @param jitter from [-1, 1): the wait is {@code base} moved by up to 20% of it that way */
	static Duration jittered(long baseMillis, long maxMillis, double jitter) {
		long offset = (long) (baseMillis * 0.2 * jitter);
		return Duration.ofMillis(Math.min(maxMillis, Math.max(1, baseMillis + offset)));
	}

	/** Uniformly from [-1, 1). */
	static double randomJitter() {
		return ThreadLocalRandom.current().nextDouble() * 2 - 1;
	}

	void reset() {
		nextMillis = initialMillis;
	}

}
