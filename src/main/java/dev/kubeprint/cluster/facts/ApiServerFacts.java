package dev.kubeprint.cluster.facts;

import java.time.Instant;


/**
 * One poll of the API server. Each part has its own availability because they fail apart: a ServiceAccount
 * may read /readyz but not /metrics, and the panel must still show the checks.
 *
 * @param observedAt when the poll started
 * @param version null unless {@code versionAvailability} is OK
 * @param readyz null unless {@code readyzAvailability} is OK; a failing readyz is OK availability with
 * failed checks
 * @param livez as readyz
 * @param metrics null unless {@code metricsAvailability} is OK
 */
public record ApiServerFacts(Instant observedAt, ServerVersion version, Availability versionAvailability,
		HealthChecks readyz, Availability readyzAvailability, HealthChecks livez, Availability livezAvailability,
		ApiServerMetrics metrics, Availability metricsAvailability) {

	/** True when no part could be read because nothing answered: the server is down or cut off. */
	public boolean unreachable() {
		return versionAvailability.state() == Availability.State.UNREACHABLE
				&& readyzAvailability.state() == Availability.State.UNREACHABLE
				&& livezAvailability.state() == Availability.State.UNREACHABLE
				&& metricsAvailability.state() == Availability.State.UNREACHABLE;
	}

}
