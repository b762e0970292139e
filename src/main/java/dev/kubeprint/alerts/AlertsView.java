package dev.kubeprint.alerts;

import java.util.List;

/**
 * The alerts page: every rule of the reference with its state now. It holds no evaluation time, which moves
 * every second: what it shows changes only when a rule's state or the facts do, and so does its etag.
 *
 * @param rows one per rule, in the reference's order
 * @param headline the counts the overview shows
 */
public record AlertsView(List<AlertRow> rows, AlertsHeadline headline) {

	public AlertsView {
		rows = List.copyOf(rows);
	}

	/**
	 * One rule. Times are ISO-8601 in UTC, empty where they do not apply.
	 *
	 * @param state inactive, pending, firing, resolved or unknown
	 * @param stateText the state in the reader's language
	 * @param since when the rule entered its state
	 * @param activeSince when the condition started to hold, while pending or firing
	 * @param firesAt while pending: when it fires if the condition keeps holding
	 * @param condition true, false or unknown: the expression now
	 * @param value the expression's value now, in words
	 * @param number the number compared with the threshold; null when there is none
	 * @param basis where the value came from
	 * @param reason why the condition is unknown; empty otherwise
	 * @param heldSince when the facts prove the condition has held since; empty when they do not tell
	 * @param transitions the last changes, newest first
	 * @param mixin kubernetes-mixin's rule for the same thing; null when there is none
	 */
	public record AlertRow(String alert, String severity, String summary, String expr, String forDuration,
			String threshold, String state, String stateText, String since, String activeSince, String firesAt,
			String condition, String value, Double number, String basis, String reason, String heldSince,
			List<TransitionRow> transitions, MixinRow mixin) {

		public AlertRow {
			transitions = List.copyOf(transitions);
		}

		public String cssClass() {
			return "alert-" + state;
		}

	}

	public record TransitionRow(String from, String to, String at) {
	}

	public record MixinRow(String alert, String threshold, String runbook) {
	}

	/**
	 * @param firing alert names firing now
	 * @param pending alert names pending now
	 * @param unknown how many rules cannot be evaluated
	 * @param rules how many rules there are
	 */
	public record AlertsHeadline(List<String> firing, List<String> pending, int unknown, int rules) {

		public AlertsHeadline {
			firing = List.copyOf(firing);
			pending = List.copyOf(pending);
		}

		public boolean quiet() {
			return firing.isEmpty() && pending.isEmpty();
		}

		/** Nothing could be evaluated: "none firing" would only be a guess. */
		public boolean blind() {
			return unknown == rules;
		}

	}

}
