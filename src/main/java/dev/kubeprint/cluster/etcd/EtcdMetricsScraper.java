package dev.kubeprint.cluster.etcd;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.probe.Histograms;
import dev.kubeprint.cluster.probe.PrometheusText;
import dev.kubeprint.cluster.probe.PrometheusText.Sample;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;

/**
 * Reads one member's /metrics and /health over HTTP, as kubeadm exposes them on --listen-metrics-urls
 * (http://127.0.0.1:2381). Latency percentiles need the previous scrape, so the last histograms of each URL
 * are kept: one entry per configured URL, nothing more.
 */
final class EtcdMetricsScraper {

	static final String HAS_LEADER = "etcd_server_has_leader";

	static final String LEADER_CHANGES = "etcd_server_leader_changes_seen_total";

	static final String QUOTA = "etcd_server_quota_backend_bytes";

	static final String DB_TOTAL = "etcd_mvcc_db_total_size_in_bytes";

	static final String DB_IN_USE = "etcd_mvcc_db_total_size_in_use_in_bytes";

	static final String SERVER_ID = "etcd_server_id";

	static final String WAL_FSYNC = "etcd_disk_wal_fsync_duration_seconds";

	static final String BACKEND_COMMIT = "etcd_disk_backend_commit_duration_seconds";

	static final Set<String> FAMILIES = Set.of(HAS_LEADER, LEADER_CHANGES, QUOTA, DB_TOTAL, DB_IN_USE, SERVER_ID,
			WAL_FSYNC, BACKEND_COMMIT);

	// etcd's whole /metrics is about 150 KiB; anything far bigger is not etcd and is not read to the end.
	static final int MAX_BYTES = 4 * 1024 * 1024;

	private static final Pattern HEALTH = Pattern.compile("\"health\"\\s*:\\s*\"([^\"]*)\"");

	private final HttpClient http;

	private final Duration timeout;

	private final Map<String, Previous> previous = new ConcurrentHashMap<>();

	EtcdMetricsScraper(Duration timeout) {
		this.timeout = timeout;
		this.http = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	EtcdMetricsFact scrape(String url) {
		String what = "etcd metrics at " + url;
		String text;
		try {
			text = get(URI.create(url));
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return EtcdMetricsFact.failed(url, Problems.describe(what, ex, timeout));
		}
		List<Sample> samples = new ArrayList<>();
		try {
			PrometheusText.forEach(new StringReader(text), FAMILIES, samples::add);
		}
		catch (IOException | PrometheusText.FormatException ex) {
			return EtcdMetricsFact.failed(url, what + " could not be parsed: " + ex.getMessage());
		}
		return facts(url, samples, health(url));
	}

	/** The numbers of one scrape, with latencies over the time since the previous scrape of the same URL. */
	EtcdMetricsFact facts(String url, List<Sample> samples, String health) {
		NavigableMap<Double, Double> fsync = buckets(samples, WAL_FSYNC);
		NavigableMap<Double, Double> commit = buckets(samples, BACKEND_COMMIT);
		Double leaderChanges = value(samples, LEADER_CHANGES);
		Previous before = previous.put(url, new Previous(fsync, commit, leaderChanges));
		Double hasLeader = value(samples, HAS_LEADER);
		Long memberId = samples.stream()
			.filter((s) -> s.name().equals(SERVER_ID))
			.map((s) -> s.label("server_id"))
			.filter((id) -> !id.isEmpty())
			.map(EtcdMetricsScraper::hexId)
			.findFirst()
			.orElse(null);
		Double changesSince = null;
		if (before != null && before.leaderChanges() != null && leaderChanges != null
				&& leaderChanges >= before.leaderChanges()) {
			changesSince = leaderChanges - before.leaderChanges();
		}
		NavigableMap<Double, Double> fsyncBefore = (before != null) ? before.fsync() : null;
		NavigableMap<Double, Double> commitBefore = (before != null) ? before.commit() : null;
		return new EtcdMetricsFact(url, "", before != null, memberId, (hasLeader != null) ? hasLeader >= 1 : null,
				leaderChanges, changesSince, value(samples, QUOTA), value(samples, DB_TOTAL),
				value(samples, DB_IN_USE), p99(fsync, fsyncBefore), p99(commit, commitBefore), health);
	}

	/** The value of the first sample called {@code name}, or null when the scrape has none. */
	static Double value(List<Sample> samples, String name) {
		return samples.stream().filter((s) -> s.name().equals(name)).map(Sample::value).findFirst().orElse(null);
	}

	/** The family's cumulative counts by upper bound; empty when the scrape has none. */
	static NavigableMap<Double, Double> buckets(List<Sample> samples, String family) {
		NavigableMap<Double, Double> buckets = new TreeMap<>();
		for (Sample sample : samples) {
			if (sample.name().equals(family + "_bucket")) {
				buckets.merge(PrometheusText.number(sample.label("le")), sample.value(), Double::sum);
			}
		}
		return buckets;
	}

	/**
	 * Without an earlier scrape there is no interval, so no "p99 now" either: null rather than a lifetime p99.
	 * A restarted etcd starts its counts again at zero (and an upgraded one may bring other bounds); then this
	 * scrape alone is the best there is, as Prometheus' rate() also assumes on a counter reset.
	 */
	private static Double p99(NavigableMap<Double, Double> now, NavigableMap<Double, Double> earlier) {
		if (now.isEmpty() || earlier == null || earlier.isEmpty()) {
			return null;
		}
		boolean restarted = !now.keySet().equals(earlier.keySet())
				|| now.lastEntry().getValue() < earlier.lastEntry().getValue();
		double p99 = Histograms.quantile(0.99, restarted ? now : Histograms.increase(earlier, now));
		return Double.isNaN(p99) ? null : p99;
	}

	private static Long hexId(String id) {
		try {
			return Long.parseUnsignedLong(id, 16);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** etcd serves /health beside /metrics; a failure here is not a failure of the scrape. */
	private String health(String metricsUrl) {
		try {
			return healthOf(get(URI.create(metricsUrl).resolve("/health")));
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return null;
		}
	}

	/** The "health" of etcd's {"health":"true","reason":""}. */
	static String healthOf(String body) {
		Matcher m = HEALTH.matcher(body);
		return m.find() ? m.group(1) : null;
	}

	/**
	 * The request timeout covers the wait for the response headers; a body that stops half way is ended by
	 * the poll, which interrupts a scrape that outlives its deadline.
	 */
	private String get(URI uri) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
		HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				throw new IOException("HTTP " + response.statusCode());
			}
			byte[] bytes = body.readNBytes(MAX_BYTES);
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	private record Previous(NavigableMap<Double, Double> fsync, NavigableMap<Double, Double> commit,
			Double leaderChanges) {
	}

}
