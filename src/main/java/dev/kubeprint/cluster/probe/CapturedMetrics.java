package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;

import dev.kubeprint.cluster.facts.ApiServerMetrics;

/**
 * One /metrics text a support bundle captured, read by the same code as a live scrape. A bundle holds one
 * capture, so there is no earlier scrape to subtract: latencies and rates are taken since the server process
 * started (process_start_time_seconds), which is what the capture's counters hold.
 */
public final class CapturedMetrics {

	private final MetricsScrape scrape;

	private CapturedMetrics(MetricsScrape scrape) {
		this.scrape = scrape;
	}

	/** Streams the text: only the few families the panel needs are kept, however large the capture. */
	public static CapturedMetrics read(Reader text) throws IOException {
		return new CapturedMetrics(MetricsScrape.read(text, Instant.EPOCH));
	}

	/**
	 * The metrics as of the capture time; without a capture time or a process start time the interval is
	 * unknown and only the gauges are given.
	 */
	public ApiServerMetrics at(Instant capturedAt) {
		return scrape.sinceProcessStart(capturedAt);
	}

}
