package dev.kubeprint.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kubeprint.testing.TestClock;
import dev.kubeprint.reference.AlertRuleReference;
import dev.kubeprint.reference.ReferenceCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus' for: semantics, rule by rule of the reference, driven by a clock the test moves. */
class AlertStateMachineTests {

	private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

	static Stream<AlertRuleReference> rules() {
		return new ReferenceCatalog().alertRules().stream();
	}

	@ParameterizedTest
	@MethodSource("rules")
	void pendingBelowForFiringAfterResolvedWhenItClears(AlertRuleReference rule) {
		AlertStateMachine machine = new AlertStateMachine(rule.forLength());
		TestClock clock = new TestClock(T0);
		RuleState state = machine.step(RuleState.initial(), sample(rule, AlertCondition.TRUE), clock.instant());
		assertThat(state.state()).isEqualTo(AlertState.PENDING);
		assertThat(state.activeSince()).isEqualTo(T0);
		assertThat(machine.firesAt(state)).isEqualTo(T0.plus(rule.forLength()));

		clock.advance(rule.forLength().minusSeconds(1));
		state = machine.step(state, sample(rule, AlertCondition.TRUE), clock.instant());
		assertThat(state.state()).as("one second short of for: %s", rule.forDuration()).isEqualTo(AlertState.PENDING);

		clock.advance(Duration.ofSeconds(1));
		state = machine.step(state, sample(rule, AlertCondition.TRUE), clock.instant());
		assertThat(state.state()).isEqualTo(AlertState.FIRING);
		assertThat(state.since()).isEqualTo(T0.plus(rule.forLength()));
		assertThat(state.activeSince()).isEqualTo(T0);

		clock.advance(Duration.ofMinutes(1));
		state = machine.step(state, sample(rule, AlertCondition.FALSE), clock.instant());
		assertThat(state.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(state.activeSince()).isNull();

		clock.advance(AlertStateMachine.RESOLVED_RETENTION.minusSeconds(1));
		state = machine.step(state, sample(rule, AlertCondition.FALSE), clock.instant());
		assertThat(state.state()).isEqualTo(AlertState.RESOLVED);
		clock.advance(Duration.ofSeconds(1));
		state = machine.step(state, sample(rule, AlertCondition.FALSE), clock.instant());
		assertThat(state.state()).isEqualTo(AlertState.INACTIVE);

		assertThat(state.transitions()).extracting(AlertTransition::to)
			.containsExactly(AlertState.PENDING, AlertState.FIRING, AlertState.RESOLVED, AlertState.INACTIVE);
	}

	@ParameterizedTest
	@MethodSource("rules")
	void unknownInputsMakeItUnknownNotInactiveAndRestartTheClock(AlertRuleReference rule) {
		AlertStateMachine machine = new AlertStateMachine(rule.forLength());
		RuleState state = machine.step(RuleState.initial(), sample(rule, AlertCondition.UNKNOWN), T0);
		assertThat(state.state()).isEqualTo(AlertState.UNKNOWN);

		state = machine.step(state, sample(rule, AlertCondition.TRUE), T0.plusSeconds(10));
		state = machine.step(state, sample(rule, AlertCondition.UNKNOWN), T0.plusSeconds(20));
		assertThat(state.state()).isEqualTo(AlertState.UNKNOWN);
		state = machine.step(state, sample(rule, AlertCondition.TRUE), T0.plusSeconds(30));
		assertThat(state.state()).isEqualTo(AlertState.PENDING);
		assertThat(state.activeSince()).as("a gap restarts the for: clock").isEqualTo(T0.plusSeconds(30));

		RuleState firing = machine.step(state, sample(rule, AlertCondition.TRUE),
				T0.plusSeconds(30).plus(rule.forLength()));
		assertThat(machine.step(firing, sample(rule, AlertCondition.UNKNOWN), T0.plus(Duration.ofHours(2))).state())
			.isEqualTo(AlertState.UNKNOWN);
	}

	@Test
	void aPendingAlertThatClearsIsInactiveNotResolved() {
		AlertStateMachine machine = new AlertStateMachine(Duration.ofMinutes(5));
		RuleState pending = machine.step(RuleState.initial(), sample("A", AlertCondition.TRUE, null), T0);
		RuleState cleared = machine.step(pending, sample("A", AlertCondition.FALSE, null), T0.plusSeconds(60));
		assertThat(cleared.state()).isEqualTo(AlertState.INACTIVE);
	}

	@Test
	void factsThatProveTheConditionHeldStartTheClockEarlier() {
		AlertStateMachine machine = new AlertStateMachine(Duration.ofMinutes(10));
		Instant since = T0.minus(Duration.ofMinutes(30));
		RuleState state = machine.step(RuleState.initial(), sample("A", AlertCondition.TRUE, since), T0);
		assertThat(state.state()).isEqualTo(AlertState.FIRING);
		assertThat(state.activeSince()).isEqualTo(since);

		RuleState young = machine.step(RuleState.initial(),
				sample("A", AlertCondition.TRUE, T0.minus(Duration.ofMinutes(4))), T0);
		assertThat(young.state()).isEqualTo(AlertState.PENDING);
		assertThat(machine.firesAt(young)).isEqualTo(T0.plus(Duration.ofMinutes(6)));
	}

	@Test
	void theHistoryIsBounded() {
		AlertStateMachine machine = new AlertStateMachine(Duration.ZERO);
		RuleState state = RuleState.initial();
		for (int i = 0; i < 50; i++) {
			AlertCondition condition = (i % 2 == 0) ? AlertCondition.TRUE : AlertCondition.UNKNOWN;
			state = machine.step(state, sample("A", condition, null), T0.plusSeconds(i));
		}
		assertThat(state.transitions()).hasSize(AlertStateMachine.HISTORY);
		assertThat(state.transitions().get(AlertStateMachine.HISTORY - 1).at()).isEqualTo(T0.plusSeconds(49));
	}

	@Test
	void forIsReadAsPrometheusWritesIt() {
		assertThat(rules().map(AlertRuleReference::forLength).toList()).containsExactly(Duration.ofMinutes(5),
				Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10));
		assertThat(List.of(rules().toArray())).allSatisfy((r) -> assertThat(((AlertRuleReference) r).mixin()).isNotNull());
	}

	private static AlertSample sample(AlertRuleReference rule, AlertCondition condition) {
		return sample(rule.alert(), condition, null);
	}

	private static AlertSample sample(String alert, AlertCondition condition, Instant heldSince) {
		return new AlertSample(alert, condition, "v", null, "b", "", heldSince);
	}

}
