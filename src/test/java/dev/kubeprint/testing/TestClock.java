package dev.kubeprint.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves: alert rules' {@code for:} and probe intervals without waiting for them. */
public final class TestClock extends Clock {

	// Read by the app's threads (the alert monitor's ticks) while the test thread advances it.
	private volatile Instant now;

	public TestClock(Instant start) {
		this.now = start;
	}

	public TestClock(String start) {
		this(Instant.parse(start));
	}

	public void advance(Duration by) {
		now = now.plus(by);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
