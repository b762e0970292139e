package dev.kubeprint.cluster.facts;

import java.time.Instant;

/** A node or pod condition, e.g. Ready=Unknown since 07:42 because NodeStatusUnknown. */
public record ConditionFact(String type, String status, String reason, String message, Instant since) {

	public boolean isTrue() {
		return "True".equals(status);
	}

}
