package dev.kubeprint.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the findings and facts reach /actuator/prometheus.
 *
 * @param maxFindingsPerCluster the most kubeprint_finding series per cluster, worst first; the rest are counted
 * in kubeprint_findings_dropped
 * @param refresh how often the export looks for new facts; the findings of a facts version are computed once
 * whatever the interval
 */
@ConfigurationProperties("kubeprint.metrics")
record MetricsProperties(@DefaultValue("500") int maxFindingsPerCluster, @DefaultValue("10s") Duration refresh) {

	MetricsProperties {
		if (maxFindingsPerCluster < 0) {
			throw new IllegalArgumentException(
					"kubeprint.metrics.max-findings-per-cluster must be 0 or more, not " + maxFindingsPerCluster);
		}
		if (refresh.isNegative() || refresh.isZero()) {
			throw new IllegalArgumentException("kubeprint.metrics.refresh must be positive, not " + refresh);
		}
	}

}
