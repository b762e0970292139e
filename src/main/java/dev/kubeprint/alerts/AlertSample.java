package dev.kubeprint.alerts;

import java.time.Instant;

/**
 * One rule evaluated on one facts version.
 *
 * @param alert the rule's name, as alert-rules.yaml spells it
 * @param condition whether the expression holds
 * @param value the expression's value now, in words ("p99 1.8 s (LIST)"); "—" when unknown
 * @param number the number compared with the threshold, for scripts; null when there is none
 * @param basis where the value came from: which metric or object, read how and when
 * @param reason why the condition is unknown; empty otherwise
 * @param heldSince when the facts prove the condition has held since (pods Pending since their creation), so the
 * {@code for:} clock starts there rather than at the first evaluation; null when the facts do not tell
 */
public record AlertSample(String alert, AlertCondition condition, String value, Double number, String basis,
		String reason, Instant heldSince) {

	static AlertSample holds(String alert, boolean holds, String value, Double number, String basis) {
		return new AlertSample(alert, holds ? AlertCondition.TRUE : AlertCondition.FALSE, value, number, basis, "",
				null);
	}

	static AlertSample unknown(String alert, String basis, String reason) {
		return new AlertSample(alert, AlertCondition.UNKNOWN, "—", null, basis, reason, null);
	}

	AlertSample heldSince(Instant since) {
		return new AlertSample(alert, condition, value, number, basis, reason, since);
	}

}
