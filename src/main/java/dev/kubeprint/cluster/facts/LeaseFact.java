package dev.kubeprint.cluster.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** A Lease: leader election of kube-scheduler and friends, and API server identity. */
public record LeaseFact(String namespace, String name, String holder, Integer durationSeconds,
		Instant acquireTime, Instant renewTime, Integer transitions, Map<String, String> labels) {

	public LeaseFact {
		labels = Map.copyOf(labels);
	}

	/** A lease not renewed within its duration has no live holder: the leader is gone or stuck. */
	public boolean expiredAt(Instant now) {
		if (renewTime == null || durationSeconds == null) {
			return true;
		}
		return renewTime.plusSeconds(durationSeconds).isBefore(now);
	}

	public Duration sinceRenewal(Instant now) {
		return renewTime == null ? null : Duration.between(renewTime, now);
	}

	/** "cp-2" of "cp-2_6f1c...": leader election holders are the host name, an underscore and a UUID. */
	public String holderHost() {
		if (holder == null) {
			return "";
		}
		int i = holder.indexOf('_');
		return i < 0 ? holder : holder.substring(0, i);
	}

}
