package dev.kubeprint.health;

import java.time.Instant;

/**
 * One fact a finding rests on, so an SRE can check it.
 *
 * @param fact what was seen, in words with its numbers ("Ready=False since 2024-05-01T10:00:00Z: Kubelet stopped
 * posting node status")
 * @param source where it was read ("node worker-3 .status.conditions", "etcdctl endpoint status of m1",
 * "/metrics of the API server")
 * @param at when it was read or last changed, to tell its age; null when the source does not say
 */
public record Evidence(String fact, String source, Instant at) {

	public Evidence(String fact, String source) {
		this(fact, source, null);
	}

}
