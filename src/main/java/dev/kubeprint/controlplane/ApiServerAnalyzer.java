package dev.kubeprint.controlplane;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.health.Health;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.ApiServerMetrics.VerbLatency;
import dev.kubeprint.cluster.facts.HealthChecks;
import dev.kubeprint.controlplane.ApiServerView.CheckRow;
import dev.kubeprint.controlplane.ApiServerView.ChecksView;
import dev.kubeprint.controlplane.ApiServerView.InflightRow;
import dev.kubeprint.controlplane.ApiServerView.LatencyRow;
import dev.kubeprint.controlplane.ApiServerView.ObjectRow;
import dev.kubeprint.controlplane.ApiServerView.RateRow;
import dev.kubeprint.reference.AlertRuleReference;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * What a poll of the API server means: ready or not and why, load against the configured limits, latency
 * against the reference's alert threshold, errors, and what is stored. A pure function of the probe's
 * facts and the flags of a visible kube-apiserver pod.
 */
public final class ApiServerAnalyzer {

	/** Kubernetes' defaults when the flags cannot be seen (kube-apiserver --help). */
	static final int DEFAULT_MAX_READ_ONLY = 400;

	static final int DEFAULT_MAX_MUTATING = 200;

	static final String READ_ONLY_FLAG = "max-requests-inflight";

	static final String MUTATING_FLAG = "max-mutating-requests-inflight";

	/**
	 * 5xx or 429 at this share of all requests is a warning: the kubernetes-mixin's API server availability
	 * objective is 99 %, so 1 % of errors burns its error budget exactly as fast as it is earned.
	 */
	static final double ERROR_SHARE_WARNING = 0.01;

	private static final String LATENCY_RULE = "KubeAPIServerLatencyHigh";

	private static final Pattern THRESHOLD = Pattern.compile(".*>\\s*([0-9.]+)\\s*$");

	private final double latencyWarningSeconds;

	/** @param latencyWarningSeconds a verb's p99 above this is a warning */
	public ApiServerAnalyzer(double latencyWarningSeconds) {
		this.latencyWarningSeconds = latencyWarningSeconds;
	}

	/** Takes the latency threshold from the reference's KubeAPIServerLatencyHigh rule ("... > 1"). */
	public static ApiServerAnalyzer fromReference(ReferenceCatalog reference) {
		AlertRuleReference rule = reference.alertRules()
			.stream()
			.filter((r) -> LATENCY_RULE.equals(r.alert()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the reference has no " + LATENCY_RULE + " rule"));
		Matcher m = THRESHOLD.matcher(rule.expr().strip());
		if (!m.matches()) {
			throw new IllegalStateException(LATENCY_RULE + " does not end in '> seconds': " + rule.expr());
		}
		return new ApiServerAnalyzer(Double.parseDouble(m.group(1)));
	}

	public ApiServerView analyze(ApiServerFacts facts, ApiServerFlags flags, Texts words) {
		return new Analysis(facts, flags, words).view();
	}

	private final class Analysis {

		private final ApiServerFacts facts;

		private final ApiServerFlags flags;

		private final Texts w;

		Analysis(ApiServerFacts facts, ApiServerFlags flags, Texts words) {
			this.facts = facts;
			this.flags = flags;
			this.w = words;
		}

		ApiServerView view() {
			ChecksView readyz = checks("readyz", facts.readyz(), facts.readyzAvailability());
			ChecksView livez = checks("livez", facts.livez(), facts.livezAvailability());
			ApiServerMetrics metrics = facts.metricsAvailability().isOk() ? facts.metrics() : null;
			List<InflightRow> inflight = (metrics != null) ? inflight(metrics.inflight()) : List.of();
			List<LatencyRow> latency = List.of();
			List<RateRow> rates = List.of();
			String metricsNote = "";
			if (metrics != null && metrics.interval() != null) {
				latency = latency(metrics.interval().latency());
				rates = rates(metrics.interval());
			}
			else if (metrics != null) {
				metricsNote = w.get("apiserver-panel.gap." + metrics.gap().name());
			}
			if (metrics != null && metrics.truncated()) {
				metricsNote = join(metricsNote, w.get("apiserver-panel.metrics.truncated"));
			}
			List<ObjectRow> objects = (metrics != null) ? objects(metrics.objects()) : List.of();
			String version = (facts.version() != null) ? facts.version().gitVersion() : "";
			Verdict verdict = verdict(readyz, livez, inflight, latency, rates);
			return new ApiServerView(verdict.health(), verdict.reason(), version, facts.versionAvailability(),
					readyz, livez, facts.metricsAvailability(), metricsNote, inflight,
					inflight.isEmpty() ? "" : inflightNote(), latency, rates, objects, facts.observedAt());
		}

		private record Verdict(Health health, String reason) {
		}

		private Verdict verdict(ChecksView readyz, ChecksView livez, List<InflightRow> inflight,
				List<LatencyRow> latency, List<RateRow> rates) {
			if (facts.unreachable()) {
				return new Verdict(Health.DOWN,
						w.get("apiserver-panel.health.unreachable", facts.readyzAvailability().reason()));
			}
			List<String> down = new ArrayList<>();
			if (readyz.health() == Health.DOWN) {
				down.add(w.get("apiserver-panel.health.not-ready", failedNames(facts.readyz())));
			}
			if (livez.health() == Health.DOWN) {
				down.add(w.get("apiserver-panel.health.not-live", failedNames(facts.livez())));
			}
			if (!down.isEmpty()) {
				return new Verdict(Health.DOWN, String.join("; ", down));
			}
			List<String> warnings = new ArrayList<>();
			inflight.stream()
				.filter((r) -> r.health() == Health.DEGRADED)
				.forEach((r) -> warnings.add(w.get("apiserver-panel.inflight.at-limit", r.kind(), r.current(),
						r.limit())));
			latency.stream()
				.filter((r) -> r.health() == Health.DEGRADED)
				.forEach((r) -> warnings.add(w.get("apiserver-panel.latency.slow", r.verb(), r.p99(),
						duration(latencyWarningSeconds))));
			rates.stream()
				.filter((r) -> r.health() == Health.DEGRADED)
				.forEach((r) -> warnings.add(w.get("apiserver-panel.rate.high", r.what(),
						number(r.perSecond()), number(r.percentOfRequests()))));
			if (!warnings.isEmpty()) {
				return new Verdict(Health.DEGRADED, String.join("; ", warnings));
			}
			if (readyz.health() == Health.UNKNOWN) {
				return new Verdict(Health.UNKNOWN,
						w.get("apiserver-panel.health.unknown", facts.readyzAvailability().reason()));
			}
			return new Verdict(Health.HEALTHY, livez.health() == Health.HEALTHY
					? w.get("apiserver-panel.health.ok", readyz.checks().size(), livez.checks().size())
					: w.get("apiserver-panel.health.ready", readyz.checks().size(), livez.summary()));
		}

		private ChecksView checks(String endpoint, HealthChecks checks, Availability availability) {
			if (!availability.isOk() || checks == null) {
				return new ChecksView(endpoint, availability, Health.UNKNOWN, availability.reason(), List.of());
			}
			List<CheckRow> rows = new ArrayList<>();
			checks.failed().forEach((c) -> rows.add(new CheckRow(c.name(), false, failure(c), Health.DOWN)));
			checks.checks()
				.stream()
				.filter(HealthChecks.Check::ok)
				.forEach((c) -> rows.add(new CheckRow(c.name(), true, c.detail(), Health.HEALTHY)));
			if (checks.passed()) {
				return new ChecksView(endpoint, availability, Health.HEALTHY,
						w.get("apiserver-panel.checks.pass", rows.size()), rows);
			}
			String summary = checks.failed().isEmpty() ? checks.verdict()
					: w.get("apiserver-panel.checks.fail", checks.failed().size(), rows.size(), failedNames(checks));
			return new ChecksView(endpoint, availability, Health.DOWN, summary, rows);
		}

		private String failure(HealthChecks.Check check) {
			return "reason withheld".equals(check.reason()) ? w.get("apiserver-panel.check.withheld")
					: check.detail();
		}

		private String failedNames(HealthChecks checks) {
			List<String> names = checks.failed().stream().map(HealthChecks.Check::name).toList();
			return names.isEmpty() ? checks.verdict() : String.join(", ", names);
		}

		private List<InflightRow> inflight(Map<String, Long> current) {
			List<InflightRow> rows = new ArrayList<>();
			current.keySet()
				.stream()
				.sorted(Comparator.comparing((String k) -> !"readOnly".equals(k)).thenComparing(k -> k))
				.forEach((kind) -> {
					boolean readOnly = "readOnly".equals(kind);
					if (!readOnly && !"mutating".equals(kind)) {
						return;
					}
					String flag = readOnly ? READ_ONLY_FLAG : MUTATING_FLAG;
					Limit limit = limit(flag, readOnly ? DEFAULT_MAX_READ_ONLY : DEFAULT_MAX_MUTATING);
					long now = current.get(kind);
					int percent = (limit.value() > 0) ? (int) Math.round(100.0 * now / limit.value()) : 0;
					Health health = (limit.value() > 0 && now >= limit.value()) ? Health.DEGRADED : Health.HEALTHY;
					rows.add(new InflightRow(kind, now, limit.value(), limit.source(), percent, health));
				});
			return rows;
		}

		private record Limit(long value, String source) {
		}

		private Limit limit(String flag, int defaultValue) {
			String value = flags.flags().get(flag);
			if (value != null && value.strip().matches("\\d{1,9}")) {
				long limit = Long.parseLong(value.strip());
				return new Limit(limit, (limit == 0) ? w.get("apiserver-panel.limit.none", flag, flags.podName())
						: w.get("apiserver-panel.limit.flag", flag, value.strip(), flags.podName()));
			}
			return new Limit(defaultValue, flags.visible()
					? w.get("apiserver-panel.limit.default-not-set", flag, flags.podName())
					: w.get("apiserver-panel.limit.default"));
		}

		/**
		 * With API Priority and Fairness (on by default since 1.20) the two limits are not enforced apart:
		 * their sum is the server's concurrency, shared by the priority levels.
		 */
		private String inflightNote() {
			if ("false".equals(flags.flags().get("enable-priority-and-fairness"))) {
				return "";
			}
			long total = limit(READ_ONLY_FLAG, DEFAULT_MAX_READ_ONLY).value()
					+ limit(MUTATING_FLAG, DEFAULT_MAX_MUTATING).value();
			return w.get("apiserver-panel.inflight.apf", total);
		}

		private List<LatencyRow> latency(Map<String, VerbLatency> byVerb) {
			return byVerb.values()
				.stream()
				.sorted(Comparator.comparingDouble(VerbLatency::p99Seconds).reversed()
					.thenComparing(VerbLatency::verb))
				.map((v) -> {
					String p99 = v.aboveHighestBucket()
							? w.get("apiserver-panel.latency.at-least", duration(v.p99Seconds()))
							: duration(v.p99Seconds());
					String note = v.aboveHighestBucket()
							? w.get("apiserver-panel.latency.above-bucket", duration(v.p99Seconds())) : "";
					Health health = (v.p99Seconds() > latencyWarningSeconds) ? Health.DEGRADED : Health.HEALTHY;
					return new LatencyRow(v.verb(), v.p99Seconds(), p99, Math.round(v.requests()), health, note);
				})
				.toList();
		}

		private List<RateRow> rates(ApiServerMetrics.Interval interval) {
			return List.of(rate("apiserver-panel.rate.5xx", interval.serverErrorsPerSecond(), interval),
					rate("apiserver-panel.rate.429", interval.throttledPerSecond(), interval));
		}

		private RateRow rate(String what, double perSecond, ApiServerMetrics.Interval interval) {
			double share = (interval.requestsPerSecond() > 0) ? perSecond / interval.requestsPerSecond() : 0;
			Health health = (perSecond > 0 && share >= ERROR_SHARE_WARNING) ? Health.DEGRADED : Health.HEALTHY;
			return new RateRow(w.get(what), perSecond, 100 * share,
					w.get("apiserver-panel.rate.value", number(perSecond), number(100 * share)), health);
		}

		/** Negative counts are the server's "not counted yet" (-1) and are no count at all. */
		private List<ObjectRow> objects(Map<String, Long> objects) {
			return objects.entrySet()
				.stream()
				.filter((e) -> e.getValue() >= 0)
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.map((e) -> new ObjectRow(e.getKey(), e.getValue()))
				.toList();
		}

		private String duration(double seconds) {
			return (seconds < 1) ? w.get("apiserver-panel.duration.ms", number(seconds * 1000))
					: w.get("apiserver-panel.duration.s", number(seconds));
		}

	}

	/** Three significant digits, without trailing zeros: 4.54, 0.48, 21.7, 1200. */
	static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}

	private static String join(String a, String b) {
		return a.isEmpty() ? b : a + " " + b;
	}

}
