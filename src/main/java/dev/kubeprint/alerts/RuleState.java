package dev.kubeprint.alerts;

import java.time.Instant;
import java.util.List;

/**
 * One rule's state after an evaluation.
 *
 * @param state where it stands
 * @param since when it entered this state; null while it has never left inactive
 * @param activeSince when the condition started to hold, while pending or firing; the {@code for:} clock starts
 * here (at an earlier time than the first evaluation when the facts prove it)
 * @param transitions the last changes, oldest first, at most {@link AlertStateMachine#HISTORY}
 */
public record RuleState(AlertState state, Instant since, Instant activeSince, List<AlertTransition> transitions) {

	public RuleState {
		transitions = List.copyOf(transitions);
	}

	/** Before the first evaluation: inactive, as Prometheus starts every rule. */
	public static RuleState initial() {
		return new RuleState(AlertState.INACTIVE, null, null, List.of());
	}

}
