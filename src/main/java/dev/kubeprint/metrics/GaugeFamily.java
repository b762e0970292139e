package dev.kubeprint.metrics;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The series of one family in the meter registry, replaced as a whole when the facts change: a series that is
 * not in the new set is removed, so a resolved finding disappears from the next scrape instead of lingering.
 * Series that stay are not re-registered but read their value from the current set, so a scrape running
 * during a refresh never misses them.
 */
final class GaugeFamily {

	private final MultiGauge gauge;

	private volatile Map<Tags, DoubleSupplier> values = Map.of();

	GaugeFamily(Family family, MeterRegistry registry) {
		this.gauge = MultiGauge.builder(family.metricName()).description(family.help()).register(registry);
	}

	void publish(Map<Tags, DoubleSupplier> next) {
		this.values = Map.copyOf(next);
		List<MultiGauge.Row<?>> rows = next.keySet()
			.stream()
			.<MultiGauge.Row<?>>map((tags) -> MultiGauge.Row.of(tags, this, (family) -> family.value(tags)))
			.toList();
		gauge.register(rows, false);
	}

	private double value(Tags tags) {
		DoubleSupplier value = values.get(tags);
		return (value != null) ? value.getAsDouble() : Double.NaN;
	}

}
