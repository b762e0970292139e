package dev.kubeprint.cluster.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API server's /metrics tells, reduced to what the panel shows.
 *
 * @param inflight apiserver_current_inflight_requests by request_kind ("readOnly", "mutating")
 * @param objects apiserver_storage_objects by resource ("pods", "leases.coordination.k8s.io"); -1 where the
 * server has not counted yet
 * @param interval rates and latencies between the last two scrapes, or null until there are two comparable
 * ones
 * @param gap why {@code interval} is null, NONE when it is not
 * @param truncated true when the server exposed more series than Kubeprint keeps and some were left out
 * @param topRequests the busiest (verb, resource) pairs of apiserver_request_total over {@code interval}, busiest
 * first, at most {@link #TOP_REQUESTS}; empty without an interval. The counter has no client label, so this is what
 * is asked most, which names the client more often than not.
 */
public record ApiServerMetrics(Map<String, Long> inflight, Map<String, Long> objects, Interval interval,
		Gap gap, boolean truncated, List<RequestRate> topRequests) {

	/** Bounded so a scrape's facts stay a few hundred numbers whatever the server serves. */
	public static final int TOP_REQUESTS = 5;

	public ApiServerMetrics {
		inflight = Collections.unmodifiableMap(new LinkedHashMap<>(inflight));
		objects = Collections.unmodifiableMap(new LinkedHashMap<>(objects));
		topRequests = (topRequests != null) ? List.copyOf(topRequests) : List.of();
	}

	public ApiServerMetrics(Map<String, Long> inflight, Map<String, Long> objects, Interval interval, Gap gap,
			boolean truncated) {
		this(inflight, objects, interval, gap, truncated, List.of());
	}

	/**
	 * Requests of one verb on one resource over the interval.
	 *
	 * @param resource "pods", "leases.coordination.k8s.io"; with its subresource after a slash ("pods/log")
	 */
	public record RequestRate(String verb, String resource, double perSecond) {
	}

	/** Why there are no rates this time: each needs different words, so it is said as a kind, not text. */
	public enum Gap {

		NONE,
		/** Rates need a second scrape. */
		FIRST_SCRAPE,
		/** Two scrapes at the same instant. */
		NO_TIME_PASSED,
		/**
		 * process_start_time_seconds changed: the server restarted, or another instance behind the load
		 * balancer answered. Its counters are not comparable even where they happen to be higher.
		 */
		ANOTHER_PROCESS,
		/** A counter fell: the server restarted, or another instance behind the load balancer answered. */
		COUNTERS_WENT_DOWN,
		/**
		 * One captured /metrics text (a support bundle): rates need its capture time and the server's
		 * process_start_time_seconds, and one of them is not known.
		 */
		SINGLE_CAPTURE

	}

	/**
	 * Requests between two scrapes: what happened in that interval, not since the server started, so a
	 * slow hour last week does not colour today's numbers.
	 *
	 * @param latency p99 by verb, for verbs that served requests in the interval (WATCH and CONNECT are
	 * left out: they stay open for minutes by design)
	 * @param requestsPerSecond all requests (apiserver_request_total)
	 * @param serverErrorsPerSecond requests answered 5xx
	 * @param throttledPerSecond requests answered 429 (max-inflight or API Priority and Fairness rejected them)
	 */
	public record Interval(Instant from, Instant to, Map<String, VerbLatency> latency, double requestsPerSecond,
			double serverErrorsPerSecond, double throttledPerSecond) {

		public Interval {
			latency = Collections.unmodifiableMap(new LinkedHashMap<>(latency));
		}

		public Duration length() {
			return Duration.between(from, to);
		}

	}

	/**
	 * The 99th percentile latency of one verb over the interval.
	 *
	 * @param p99Seconds as histogram_quantile(0.99, ...) would say
	 * @param requests how many requests it rests on
	 * @param aboveHighestBucket true when the 99th percentile lies in the +Inf bucket: then p99Seconds is the
	 * highest finite bound and the truth is somewhere above it
	 */
	public record VerbLatency(String verb, double p99Seconds, double requests, boolean aboveHighestBucket) {
	}

}
