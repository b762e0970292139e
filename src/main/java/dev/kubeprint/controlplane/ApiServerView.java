package dev.kubeprint.controlplane;

import java.time.Instant;
import java.util.List;

import dev.kubeprint.health.Health;
import dev.kubeprint.cluster.facts.Availability;

/**
 * The API server panel: is it ready and live, how loaded, how fast, how many errors, and what it stores.
 * Every part that could not be read carries its availability, so the template says why instead of
 * showing nothing.
 *
 * @param reason the overall health in words, the first thing an SRE reads
 * @param version gitVersion, "" when /version could not be read
 * @param inflight read-only and mutating requests in flight against their limits
 * @param inflightNote how the limits apply (API Priority and Fairness pools them), "" when it does not
 * @param latency p99 per verb over the last interval, slowest first
 * @param rates 5xx and 429 per second over the last interval
 * @param objects stored objects per resource, most first
 * @param metricsNote why latency and rates are empty though metrics are readable, "" otherwise
 */
public record ApiServerView(Health health, String reason, String version, Availability versionAvailability,
		ChecksView readyz, ChecksView livez, Availability metricsAvailability, String metricsNote,
		List<InflightRow> inflight, String inflightNote, List<LatencyRow> latency, List<RateRow> rates,
		List<ObjectRow> objects, Instant observedAt) {

	public ApiServerView {
		inflight = List.copyOf(inflight);
		latency = List.copyOf(latency);
		rates = List.copyOf(rates);
		objects = List.copyOf(objects);
	}

	/**
	 * /readyz or /livez.
	 *
	 * @param endpoint "readyz" or "livez"
	 * @param summary "all 34 checks pass", "2 of 34 checks fail: etcd, ...", or why it could not be read
	 * @param checks failing first, then in the server's order
	 */
	public record ChecksView(String endpoint, Availability availability, Health health, String summary,
			List<CheckRow> checks) {

		public ChecksView {
			checks = List.copyOf(checks);
		}

	}

	/** @param detail "ok", "excluded: ok", or the failure and where to find its reason */
	public record CheckRow(String name, boolean ok, String detail, Health health) {
	}

	/**
	 * @param kind "readOnly" or "mutating", as apiserver_current_inflight_requests labels them
	 * @param limit 0 for no limit
	 * @param limitSource "--max-requests-inflight=800 on kube-apiserver-cp-1" or "default"
	 * @param percent current of limit, 0 without a limit
	 */
	public record InflightRow(String kind, long current, long limit, String limitSource, int percent,
			Health health) {
	}

	/**
	 * @param p99 for reading: "480 ms", "4.54 s", "≥ 60 s" when above the highest bucket
	 * @param note why the number is a lower bound, or ""
	 * @param health DEGRADED above the KubeAPIServerLatencyHigh threshold (the reference's warning)
	 */
	public record LatencyRow(String verb, double p99Seconds, String p99, long requests, Health health,
			String note) {
	}

	/**
	 * @param what "5xx responses", "429 responses (throttled)"
	 * @param text "0.2/s (0.9 % of requests)"
	 */
	public record RateRow(String what, double perSecond, double percentOfRequests, String text, Health health) {
	}

	public record ObjectRow(String resource, long count) {
	}

}
