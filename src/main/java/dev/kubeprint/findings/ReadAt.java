package dev.kubeprint.findings;

import java.time.Instant;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity.SourceType;

/** When the facts a finding rests on were read, for its evidence; checks of every feature say it alike. */
public final class ReadAt {

	private ReadAt() {
	}

	/**
	 * The capture time of a snapshot as its objects tell, the moment of a live reading; null when a snapshot's
	 * objects hold no timestamp, as the time it was opened dates nothing in the cluster.
	 */
	public static Instant of(ClusterFacts facts) {
		if (facts.capturedAt().isPresent()) {
			return facts.capturedAt().get();
		}
		return facts.cluster().type() == SourceType.LIVE ? facts.observedAt() : null;
	}

}
