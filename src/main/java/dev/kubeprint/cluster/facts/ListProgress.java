package dev.kubeprint.cluster.facts;

import java.time.Duration;
import java.time.Instant;

/**
 * A LIST of one kind still arriving: what has come so far, and how much more the server said there is. Counts
 * are those of the current attempt; a list that starts over (an expired continue token) starts from zero and
 * says so by {@code restarts}, rather than adding a second pass to the first.
 *
 * @param objects items decoded so far
 * @param bytes bytes of JSON read so far (after any gzip is inflated)
 * @param pages pages completed
 * @param estimatedTotal objects at the end of the last page plus the {@code metadata.remainingItemCount} that page
 * carried; -1 when the server sent none (an unpaged list, a server that cannot count), and then nothing is
 * estimated
 * @param startedAt when this attempt began
 * @param at when the counts were taken, or when they were published, for the rates
 * @param restarts how often the list started over
 */
public record ListProgress(long objects, long bytes, int pages, long estimatedTotal, Instant startedAt, Instant at,
		int restarts) {

	/** The same counts, with rates taken up to {@code now}; counts lag it by at most a page. */
	public ListProgress asOf(Instant now) {
		return now.isAfter(at) ? new ListProgress(objects, bytes, pages, estimatedTotal, startedAt, now, restarts) : this;
	}

	/** The server said how many items were left: an estimate of the total and of the time left can be made. */
	public boolean estimable() {
		return estimatedTotal >= 0;
	}

	/** Items per second since the attempt began; 0 before any time has passed. */
	public double objectsPerSecond() {
		double seconds = seconds();
		return seconds > 0 ? objects / seconds : 0;
	}

	public double bytesPerSecond() {
		double seconds = seconds();
		return seconds > 0 ? bytes / seconds : 0;
	}

	/** Share of the estimated total read, 0–100; -1 when there is no estimate. */
	public int percent() {
		if (!estimable()) {
			return -1;
		}
		return estimatedTotal == 0 ? 100 : (int) Math.min(100, objects * 100 / estimatedTotal);
	}

	/** Seconds left at the rate so far; -1 when there is no estimate or no rate yet. */
	public long secondsLeft() {
		double rate = objectsPerSecond();
		if (!estimable() || rate <= 0) {
			return -1;
		}
		return (long) Math.ceil(Math.max(0, estimatedTotal - objects) / rate);
	}

	/** For a kind's availability while it lists: English, as every reason a source gives. */
	public String describe() {
		String read = "listing: " + String.format(java.util.Locale.ROOT, "%,d", objects) + " objects so far";
		if (estimable()) {
			return read + " of ~" + String.format(java.util.Locale.ROOT, "%,d", estimatedTotal);
		}
		return read + "; the server sent no total, so nothing is estimated";
	}

	private double seconds() {
		return Duration.between(startedAt, at).toNanos() / 1e9;
	}

}
