package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

import dev.kubeprint.cluster.facts.ApiServerMetrics.Gap;
import dev.kubeprint.cluster.facts.ApiServerMetrics.Interval;
import dev.kubeprint.cluster.facts.ApiServerMetrics.RequestRate;
import dev.kubeprint.cluster.facts.ApiServerMetrics.VerbLatency;
import dev.kubeprint.cluster.probe.PrometheusText.Sample;
import dev.kubeprint.cluster.facts.ApiServerMetrics;

/**
 * One /metrics scrape folded into the sums the panel needs, as PromQL's {@code sum by (verb, le)} would:
 * a few hundred numbers however many series the server has. Keeping this, not the series, is what bounds
 * the memory of comparing two scrapes.
 */
final class MetricsScrape {

	static final String INFLIGHT = "apiserver_current_inflight_requests";

	static final String OBJECTS = "apiserver_storage_objects";

	static final String REQUESTS = "apiserver_request_total";

	static final String DURATION = "apiserver_request_duration_seconds";

	/** Tells one server process from another: behind a load balancer, successive scrapes may not be of one. */
	static final String START_TIME = "process_start_time_seconds";

	static final Set<String> FAMILIES = Set.of(INFLIGHT, OBJECTS, REQUESTS, DURATION, START_TIME);

	/** Long-running by design, as in the reference's KubeAPIServerLatencyHigh rule (WATCHLIST: before 1.11). */
	static final Set<String> LONG_RUNNING_VERBS = Set.of("WATCH", "WATCHLIST", "CONNECT");

	/** Far above the resource types of any real cluster; a server offering more is cut here, and says so. */
	static final int MAX_KEYS = 5_000;

	private final Instant at;

	private final Map<String, Long> inflight = new LinkedHashMap<>();

	private final Map<String, Long> objects = new TreeMap<>();

	private final Map<String, NavigableMap<Double, Double>> buckets = new TreeMap<>();

	/** apiserver_request_total by "verb resource", bounded by MAX_KEYS like every other map here. */
	private final Map<String, Double> byRequest = new HashMap<>();

	private double requests;

	private double serverErrors;

	private double throttled;

	private double startTime = Double.NaN;

	private boolean truncated;

	private MetricsScrape(Instant at) {
		this.at = at;
	}

	static MetricsScrape read(Reader text, Instant at) throws IOException {
		MetricsScrape scrape = new MetricsScrape(at);
		PrometheusText.forEach(text, FAMILIES, scrape::add);
		return scrape;
	}

	private void add(Sample s) {
		switch (s.name()) {
			case START_TIME -> startTime = s.value();
			case INFLIGHT -> put(inflight, s.label("request_kind"), Math.round(s.value()));
			case OBJECTS -> put(objects, s.label("resource"), Math.round(s.value()));
			case REQUESTS -> {
				requests += s.value();
				String key = s.label("verb") + " " + resource(s);
				if (byRequest.containsKey(key) || byRequest.size() < MAX_KEYS) {
					byRequest.merge(key, s.value(), Double::sum);
				}
				else {
					truncated = true;
				}
				String code = s.label("code");
				if (code.startsWith("5")) {
					serverErrors += s.value();
				}
				else if (code.equals("429")) {
					throttled += s.value();
				}
			}
			case DURATION + "_bucket" -> {
				String verb = s.label("verb");
				if (LONG_RUNNING_VERBS.contains(verb)) {
					return;
				}
				if (!buckets.containsKey(verb) && buckets.size() >= MAX_KEYS) {
					truncated = true;
					return;
				}
				buckets.computeIfAbsent(verb, (v) -> new TreeMap<>())
					.merge(PrometheusText.number(s.label("le")), s.value(), Double::sum);
			}
			default -> {
			}
		}
	}

	/** "pods", "deployments.apps", "pods/log", or the path of a non-resource request ("/livez"). */
	private static String resource(Sample s) {
		String resource = s.label("resource");
		String subresource = s.label("subresource");
		if (resource.isEmpty()) {
			return subresource.isEmpty() ? "-" : subresource;
		}
		return resource + (s.label("group").isEmpty() ? "" : "." + s.label("group"))
				+ (subresource.isEmpty() ? "" : "/" + subresource);
	}

	private void put(Map<String, Long> map, String key, long value) {
		if (map.containsKey(key) || map.size() < MAX_KEYS) {
			map.merge(key, value, Long::sum);
		}
		else {
			truncated = true;
		}
	}

	Instant at() {
		return at;
	}

	/** The facts of this scrape, with rates over the interval since {@code previous} when it can be had. */
	ApiServerMetrics since(MetricsScrape previous) {
		if (previous == null) {
			return metrics(null, Gap.FIRST_SCRAPE);
		}
		Duration interval = Duration.between(previous.at, at);
		if (interval.isZero() || interval.isNegative()) {
			return metrics(null, Gap.NO_TIME_PASSED);
		}
		if (!Double.isNaN(startTime) && !Double.isNaN(previous.startTime) && startTime != previous.startTime) {
			return metrics(null, Gap.ANOTHER_PROCESS);
		}
		if (wentDown(previous)) {
			return metrics(null, Gap.COUNTERS_WENT_DOWN);
		}
		double seconds = interval.toNanos() / 1e9;
		Map<String, VerbLatency> latency = new TreeMap<>();
		buckets.forEach((verb, now) -> {
			NavigableMap<Double, Double> delta = Histograms
				.increase(previous.buckets.getOrDefault(verb, new TreeMap<>()), now);
			double observed = delta.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
			if (observed <= 0) {
				return;
			}
			double p99 = Histograms.quantile(0.99, delta);
			if (Double.isNaN(p99)) {
				return;
			}
			Map.Entry<Double, Double> highestFinite = delta.lowerEntry(Double.POSITIVE_INFINITY);
			boolean above = highestFinite.getValue() < 0.99 * observed;
			latency.put(verb, new VerbLatency(verb, p99, observed, above));
		});
		Interval rates = new Interval(previous.at, at, latency, (requests - previous.requests) / seconds,
				(serverErrors - previous.serverErrors) / seconds, (throttled - previous.throttled) / seconds);
		return new ApiServerMetrics(inflight, objects, rates, Gap.NONE, truncated, topRequests(previous, seconds));
	}

	/** The busiest verb and resource pairs over the interval; a bounded heap, so never a sort of every series. */
	private List<RequestRate> topRequests(MetricsScrape previous, double seconds) {
		PriorityQueue<RequestRate> top = new PriorityQueue<>(Comparator.comparingDouble(RequestRate::perSecond));
		byRequest.forEach((key, now) -> {
			double perSecond = (now - previous.byRequest.getOrDefault(key, 0.0)) / seconds;
			if (perSecond <= 0) {
				return;
			}
			int space = key.indexOf(' ');
			top.add(new RequestRate(key.substring(0, space), key.substring(space + 1), perSecond));
			if (top.size() > ApiServerMetrics.TOP_REQUESTS) {
				top.poll();
			}
		});
		List<RequestRate> busiest = new ArrayList<>(top);
		busiest.sort(Comparator.comparingDouble(RequestRate::perSecond).reversed()
			.thenComparing(RequestRate::verb)
			.thenComparing(RequestRate::resource));
		return busiest;
	}

	/**
	 * The facts of a single captured scrape: counters since the process started, as if an empty scrape had
	 * been taken at its start. Null {@code capturedAt} or an absent start time leave the interval unknown.
	 */
	ApiServerMetrics sinceProcessStart(Instant capturedAt) {
		if (capturedAt == null || Double.isNaN(startTime)) {
			return metrics(null, Gap.SINGLE_CAPTURE);
		}
		MetricsScrape start = new MetricsScrape(Instant.ofEpochMilli(Math.round(startTime * 1000)));
		start.startTime = startTime;
		MetricsScrape now = new MetricsScrape(capturedAt);
		now.startTime = startTime;
		now.inflight.putAll(inflight);
		now.objects.putAll(objects);
		now.buckets.putAll(buckets);
		now.requests = requests;
		now.byRequest.putAll(byRequest);
		now.serverErrors = serverErrors;
		now.throttled = throttled;
		now.truncated = truncated;
		ApiServerMetrics metrics = now.since(start);
		return metrics.interval() != null ? metrics : metrics(null, Gap.SINGLE_CAPTURE);
	}

	/** A counter that fell means a restart or another server: a difference would be meaningless. */
	private boolean wentDown(MetricsScrape previous) {
		if (requests < previous.requests || serverErrors < previous.serverErrors
				|| throttled < previous.throttled) {
			return true;
		}
		for (Map.Entry<String, NavigableMap<Double, Double>> verb : previous.buckets.entrySet()) {
			NavigableMap<Double, Double> now = buckets.getOrDefault(verb.getKey(), new TreeMap<>());
			for (Map.Entry<Double, Double> bucket : verb.getValue().entrySet()) {
				if (now.getOrDefault(bucket.getKey(), 0.0) < bucket.getValue()) {
					return true;
				}
			}
		}
		return false;
	}

	private ApiServerMetrics metrics(Interval interval, Gap gap) {
		return new ApiServerMetrics(inflight, objects, interval, gap, truncated);
	}

}
