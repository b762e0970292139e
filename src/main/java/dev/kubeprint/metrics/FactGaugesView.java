package dev.kubeprint.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The fact gauges of one facts version.
 *
 * @param series every gauge whose value the facts know; a gauge they do not know is absent, never 0
 * @param dataAsOf the moment the facts describe, from which the data age is measured at each scrape; empty when
 * not known (nothing delivered yet, a snapshot whose capture time its objects do not tell)
 */
record FactGaugesView(List<Series> series, Optional<Instant> dataAsOf) {

	FactGaugesView {
		series = List.copyOf(series);
	}

}
