package dev.kubeprint.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.LatestFacts;
import dev.kubeprint.health.Finding;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

/**
 * Puts every cluster's findings and fact gauges in the meter registry that /actuator/prometheus serves. It
 * reads what the sources last published and the findings computed for it (in English: labels are for
 * machines), never a cluster, and recomputes a cluster's series only when its facts changed.
 */
@Component
class MetricsExport {

	private static final Logger log = LoggerFactory.getLogger(MetricsExport.class);

	private final LatestFacts clusters;

	private final PanelRenderer renderer;

	private final Analysis<List<Finding>> findings;

	private final MetricsProperties properties;

	private final Clock clock;

	private final Map<Family, GaugeFamily> gauges = new EnumMap<>(Family.class);

	private Map<String, Exported> exported = Map.of();

	/**
	 * What was exported for one cluster.
	 *
	 * @param version with {@code observedAt}, the facts it was read from, to see when there are newer ones
	 */
	private record Exported(long version, Instant observedAt, List<Series> series, Optional<Instant> dataAsOf) {

		boolean readFrom(ClusterFacts facts) {
			return version == facts.version() && observedAt.equals(facts.observedAt());
		}

	}

	MetricsExport(LatestFacts clusters, PanelRenderer renderer,
			@Qualifier("findings") Analysis<List<Finding>> findings, MetricsProperties properties, Clock clock,
			MeterRegistry registry) {
		this.clusters = clusters;
		this.renderer = renderer;
		this.findings = findings;
		this.properties = properties;
		this.clock = clock;
		for (Family family : Family.values()) {
			gauges.put(family, new GaugeFamily(family, registry));
		}
	}

	/** Reads each cluster's latest facts and, where they changed, replaces its series. */
	@Scheduled(fixedDelayString = "${kubeprint.metrics.refresh:10s}")
	synchronized void refresh() {
		Map<String, Exported> next = new LinkedHashMap<>();
		boolean changed = false;
		for (ClusterFacts facts : clusters.all()) {
			Exported before = exported.get(facts.cluster().name());
			if (before != null && before.readFrom(facts)) {
				next.put(facts.cluster().name(), before);
			}
			else {
				next.put(facts.cluster().name(), read(facts));
				changed = true;
			}
		}
		changed |= !next.keySet().equals(exported.keySet());
		exported = next;
		if (changed) {
			publish();
		}
	}

	private Exported read(ClusterFacts facts) {
		FactGaugesView gauges = FactGaugesAnalyzer.analyze(facts);
		List<Series> series = new ArrayList<>(gauges.series());
		try {
			series.addAll(FindingGaugesAnalyzer.analyze(facts.cluster().name(),
					renderer.view(facts, findings, Locale.ENGLISH), properties.maxFindingsPerCluster()));
		}
		catch (RuntimeException ex) {
			// A check that throws leaves this cluster's findings unknown: absent, not "none".
			log.warn("Findings of cluster {} could not be computed for the metrics: {}", facts.cluster().name(),
					ex.toString(), ex);
		}
		return new Exported(facts.version(), facts.observedAt(), series, gauges.dataAsOf());
	}

	private void publish() {
		Map<Family, Map<Tags, DoubleSupplier>> byFamily = new EnumMap<>(Family.class);
		for (Family family : Family.values()) {
			byFamily.put(family, new LinkedHashMap<>());
		}
		exported.forEach((cluster, export) -> {
			for (Series series : export.series()) {
				double value = series.value();
				byFamily.get(series.family()).putIfAbsent(tags(series.labels()), () -> value);
			}
			// The age grows between facts versions, so it is measured at each scrape.
			export.dataAsOf()
				.ifPresent((asOf) -> byFamily.get(Family.DATA_AGE)
					.put(Tags.of("cluster", cluster), () -> ageSeconds(asOf)));
		});
		byFamily.forEach((family, values) -> gauges.get(family).publish(values));
	}

	private double ageSeconds(Instant asOf) {
		Duration age = Duration.between(asOf, clock.instant());
		return age.isNegative() ? 0 : age.toMillis() / 1000.0;
	}

	private static Tags tags(Map<String, String> labels) {
		Tags tags = Tags.empty();
		for (Map.Entry<String, String> label : labels.entrySet()) {
			tags = tags.and(label.getKey(), label.getValue());
		}
		return tags;
	}

}
