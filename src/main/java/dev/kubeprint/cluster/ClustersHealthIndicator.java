package dev.kubeprint.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import dev.kubeprint.cluster.source.ClusterSource;

/**
 * Readiness: not ready until every cluster has delivered once, successfully or with a stated reason, so a
 * rolling update does not send users to an empty page. Part of the readiness group only: liveness never
 * depends on a cluster.
 */
@Component
class ClustersHealthIndicator extends AbstractHealthIndicator {

	private final ClusterRegistry registry;

	ClustersHealthIndicator(ClusterRegistry registry) {
		this.registry = registry;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Map<String, String> details = new LinkedHashMap<>();
		boolean all = true;
		for (ClusterSource source : registry.sources()) {
			boolean synced = source.facts().synced();
			all &= synced;
			details.put(source.identity().name(), synced ? "synced" : "waiting for first sync");
		}
		(all ? builder.up() : builder.outOfService()).withDetails(details);
	}

}
