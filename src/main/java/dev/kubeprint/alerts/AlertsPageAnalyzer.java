package dev.kubeprint.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.kubeprint.alerts.AlertsView.AlertRow;
import dev.kubeprint.alerts.AlertsView.AlertsHeadline;
import dev.kubeprint.alerts.AlertsView.MixinRow;
import dev.kubeprint.alerts.AlertsView.TransitionRow;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.AlertRuleReference;

/**
 * The alerts page from the rules' states and this facts version's samples in the reader's language. Pure: the
 * states come from {@link AlertMonitor}, which is where time moves them.
 */
public final class AlertsPageAnalyzer {

	private final List<AlertRuleReference> rules;

	private final Function<String, AlertStateMachine> machines;

	public AlertsPageAnalyzer(List<AlertRuleReference> rules, Function<String, AlertStateMachine> machines) {
		this.rules = List.copyOf(rules);
		this.machines = machines;
	}

	public AlertsView analyze(AlertStates states, List<AlertSample> samples, Texts texts) {
		List<AlertRow> rows = new ArrayList<>();
		for (AlertRuleReference rule : rules) {
			AlertSample sample = samples.stream()
				.filter((s) -> s.alert().equals(rule.alert()))
				.findFirst()
				.orElse(AlertSample.unknown(rule.alert(), "", texts.get("alerts.reason.not-evaluated")));
			rows.add(row(rule, states.rules().getOrDefault(rule.alert(), RuleState.initial()), sample, texts));
		}
		return new AlertsView(rows, headline(states));
	}

	public static AlertsHeadline headline(AlertStates states) {
		List<String> firing = new ArrayList<>();
		List<String> pending = new ArrayList<>();
		states.rules().forEach((alert, rule) -> {
			if (rule.state() == AlertState.FIRING) {
				firing.add(alert);
			}
			else if (rule.state() == AlertState.PENDING) {
				pending.add(alert);
			}
		});
		return new AlertsHeadline(firing, pending, (int) states.count(AlertState.UNKNOWN), states.rules().size());
	}

	private AlertRow row(AlertRuleReference rule, RuleState state, AlertSample sample, Texts texts) {
		AlertStateMachine machine = machines.apply(rule.alert());
		String firesAt = state.state() == AlertState.PENDING && machine != null ? text(machine.firesAt(state)) : "";
		List<TransitionRow> transitions = new ArrayList<>();
		for (int i = state.transitions().size() - 1; i >= 0; i--) {
			AlertTransition t = state.transitions().get(i);
			transitions.add(new TransitionRow(t.from().label(), t.to().label(), text(t.at())));
		}
		MixinRow mixin = rule.mixin() == null ? null
				: new MixinRow(rule.mixin().alert(), texts.pick(rule.mixin().threshold()), rule.mixin().runbook());
		return new AlertRow(rule.alert(), rule.severity(), texts.pick(rule.summary()), rule.expr(),
				rule.forDuration(), texts.pick(rule.threshold()), state.state().label(),
				texts.get("alerts.state." + state.state().label()), text(state.since()), text(state.activeSince()),
				firesAt, sample.condition().label(), sample.value(), sample.number(), sample.basis(), sample.reason(),
				text(sample.heldSince()), transitions, mixin);
	}

	private static String text(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

}
