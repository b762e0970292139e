package dev.kubeprint.alerts;

import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.ApiServerMetrics.VerbLatency;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;

/**
 * KubeAPIServerDown and KubeAPIServerLatencyHigh, from Kubeprint's own probe of the API server: it is the scrape
 * the rules assume ({@code up} is whether a scrape succeeded, the latency histogram comes from /metrics).
 */
final class ApiServerRules {

	static final String DOWN = "KubeAPIServerDown";

	static final String LATENCY = "KubeAPIServerLatencyHigh";

	/** The reference's threshold: p99 above one second. */
	static final double LATENCY_SECONDS = 1.0;

	private final Texts texts;

	ApiServerRules(Texts texts) {
		this.texts = texts;
	}

	/** {@code absent(up == 1)}: true when no part of the last probe got an answer. */
	AlertSample down(ClusterFacts facts) {
		ProbeFacts probes = facts.probes();
		Optional<ApiServerFacts> probe = probes.apiServer();
		if (probe.isEmpty()) {
			return AlertSample.unknown(DOWN, texts.get("alerts.basis.no-probe"),
					texts.get("alerts.reason.not-probed", probes.apiServerAbsent()));
		}
		ApiServerFacts api = probe.get();
		String basis = basis(probes, api);
		if (api.unreachable()) {
			return AlertSample.holds(DOWN, true, texts.get("alerts.down.value.none", api.readyzAvailability().reason()),
					1.0, basis);
		}
		return AlertSample.holds(DOWN, false, texts.get("alerts.down.value.answered"), 0.0, basis);
	}

	/** The worst p99 of a non-WATCH verb over the last interval between two scrapes. */
	AlertSample latency(ClusterFacts facts) {
		ProbeFacts probes = facts.probes();
		Optional<ApiServerFacts> probe = probes.apiServer();
		if (probe.isEmpty()) {
			return AlertSample.unknown(LATENCY, texts.get("alerts.basis.no-probe"),
					texts.get("alerts.reason.not-probed", probes.apiServerAbsent()));
		}
		ApiServerFacts api = probe.get();
		String basis = basis(probes, api);
		ApiServerMetrics metrics = api.metrics();
		if (metrics == null) {
			return AlertSample.unknown(LATENCY, basis,
					texts.get("alerts.reason.no-metrics", api.metricsAvailability().reason()));
		}
		ApiServerMetrics.Interval interval = metrics.interval();
		if (interval == null) {
			return AlertSample.unknown(LATENCY, basis, texts.get("apiserver-panel.gap." + metrics.gap().name()));
		}
		String intervalBasis = texts.get("alerts.latency.basis", interval.from().toString(), interval.to().toString(),
				length(interval.length()), basis);
		Optional<VerbLatency> worst = interval.latency()
			.values()
			.stream()
			.filter((v) -> !"WATCH".equals(v.verb()) && !"CONNECT".equals(v.verb()))
			.max(Comparator.comparingDouble(VerbLatency::p99Seconds));
		if (worst.isEmpty()) {
			// histogram_quantile over no requests has no series, so the rule cannot fire.
			return AlertSample.holds(LATENCY, false, texts.get("alerts.latency.value.none"), null, intervalBasis);
		}
		VerbLatency verb = worst.get();
		String value = texts.get(verb.aboveHighestBucket() ? "alerts.latency.value.above" : "alerts.latency.value",
				Units.duration(verb.p99Seconds()), verb.verb(), Math.round(verb.requests()));
		return AlertSample.holds(LATENCY, verb.p99Seconds() > LATENCY_SECONDS, value, verb.p99Seconds(),
				intervalBasis);
	}

	/** "15 s", "2 h 5 min", "37 d 22 h": a rate over weeks reads as weeks, not as millions of seconds. */
	static String length(Duration length) {
		long seconds = length.toSeconds();
		if (seconds < 60) {
			return Units.duration(length.toMillis() / 1000.0);
		}
		if (seconds < 3600) {
			return (seconds / 60) + " min " + (seconds % 60) + " s";
		}
		if (seconds < 86400) {
			return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
		}
		return (seconds / 86400) + " d " + (seconds % 86400 / 3600) + " h";
	}

	private String basis(ProbeFacts probes, ApiServerFacts api) {
		if (probes.captured().isPresent()) {
			return texts.get("alerts.basis.captured",
					probes.captured().get().at().map(Object::toString).orElse(Units.UNKNOWN));
		}
		return texts.get("alerts.basis.probe", api.observedAt().toString());
	}

}
