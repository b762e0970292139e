package dev.kubeprint.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Prometheus' alerting semantics for one rule, as a pure function of the previous state, the sample and the time:
 * a true condition makes the alert pending, and firing once it has held for {@code for:}; a false one drops a
 * pending alert and resolves a firing one, which stays resolved for {@link #RESOLVED_RETENTION} (as Prometheus
 * keeps resolved alerts for Alertmanager) before it is inactive. Inputs that cannot be read make it unknown, and
 * an unknown stretch restarts the {@code for:} clock, as a gap in a series does for Prometheus.
 */
public final class AlertStateMachine {

	/** Prometheus' resolved_retention. */
	public static final Duration RESOLVED_RETENTION = Duration.ofMinutes(15);

	/** Transitions kept per rule. */
	public static final int HISTORY = 10;

	private final Duration forDuration;

	public AlertStateMachine(Duration forDuration) {
		this.forDuration = forDuration;
	}

	public RuleState step(RuleState previous, AlertSample sample, Instant now) {
		return switch (sample.condition()) {
			case UNKNOWN -> to(previous, AlertState.UNKNOWN, now, null);
			case TRUE -> active(previous, sample.heldSince(), now);
			case FALSE -> cleared(previous, now);
		};
	}

	private RuleState active(RuleState previous, Instant heldSince, Instant now) {
		Instant start = previous.state().active() ? previous.activeSince() : now;
		if (heldSince != null && heldSince.isBefore(start)) {
			start = heldSince;
		}
		boolean held = !now.isBefore(start.plus(forDuration));
		return to(previous, held ? AlertState.FIRING : AlertState.PENDING, now, start);
	}

	private RuleState cleared(RuleState previous, Instant now) {
		if (previous.state() == AlertState.FIRING) {
			return to(previous, AlertState.RESOLVED, now, null);
		}
		if (previous.state() == AlertState.RESOLVED && now.isBefore(previous.since().plus(RESOLVED_RETENTION))) {
			return previous;
		}
		return to(previous, AlertState.INACTIVE, now, null);
	}

	private static RuleState to(RuleState previous, AlertState state, Instant now, Instant activeSince) {
		if (previous.state() == state) {
			return new RuleState(state, previous.since(), activeSince, previous.transitions());
		}
		List<AlertTransition> transitions = new ArrayList<>(previous.transitions());
		transitions.add(new AlertTransition(previous.state(), state, now));
		while (transitions.size() > HISTORY) {
			transitions.remove(0);
		}
		return new RuleState(state, now, activeSince, transitions);
	}

	/** When a pending alert fires if its condition keeps holding. */
	public Instant firesAt(RuleState state) {
		return state.activeSince() == null ? null : state.activeSince().plus(forDuration);
	}

}
