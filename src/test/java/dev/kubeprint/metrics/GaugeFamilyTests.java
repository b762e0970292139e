package dev.kubeprint.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;

import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GaugeFamilyTests {

	private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

	private final GaugeFamily nodes = new GaugeFamily(Family.NODES, registry);

	@Test
	void aNewSetReplacesTheOldOneSeriesThatLeftAreGoneAndThoseThatStayReadTheirNewValue() {
		nodes.publish(values(Map.of("true", 3.0, "false", 1.0)));
		assertThat(registry.scrape()).contains("kubeprint_nodes{cluster=\"prod\",ready=\"true\"} 3.0")
			.contains("kubeprint_nodes{cluster=\"prod\",ready=\"false\"} 1.0");

		nodes.publish(values(Map.of("true", 4.0)));

		assertThat(registry.scrape()).contains("kubeprint_nodes{cluster=\"prod\",ready=\"true\"} 4.0")
			.doesNotContain("ready=\"false\"");
	}

	@Test
	void aValueIsReadAtScrapeTime() {
		AtomicReference<Double> age = new AtomicReference<>(1.0);
		GaugeFamily family = new GaugeFamily(Family.DATA_AGE, registry);
		family.publish(Map.of(Tags.of("cluster", "prod"), age::get));

		age.set(42.0);

		assertThat(registry.scrape()).contains("kubeprint_data_age_seconds{cluster=\"prod\"} 42.0");
	}

	@Test
	void anEmptySetLeavesNoSeriesAndAnEmptyLabelValueIsKept() {
		nodes.publish(values(Map.of("", 2.0)));
		assertThat(registry.scrape()).contains("kubeprint_nodes{cluster=\"prod\",ready=\"\"} 2.0");

		nodes.publish(Map.of());

		assertThat(registry.scrape()).doesNotContain("kubeprint_nodes{");
	}

	private static Map<Tags, DoubleSupplier> values(Map<String, Double> byReady) {
		Map<Tags, DoubleSupplier> values = new LinkedHashMap<>();
		byReady.forEach((ready, value) -> values.put(Tags.of("cluster", "prod", "ready", ready), () -> value));
		return values;
	}

}
