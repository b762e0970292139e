package dev.kubeprint.health;

/**
 * Live state of a control-plane component before it is joined with its reference row.
 *
 * @param leader the full holder identity of its leader election, "" when none is known
 */
record ComponentLive(String haLive, String summary, Health health, String reason, String evidence, String leader) {

	ComponentLive(String haLive, String summary, Health health, String reason, String evidence) {
		this(haLive, summary, health, reason, evidence, "");
	}

	ComponentLive withHealth(Health newHealth, String newReason, String newEvidence) {
		return new ComponentLive(haLive, summary, newHealth, newReason, newEvidence, leader);
	}

}
