package dev.kubeprint.alerts;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.reference.AlertRuleReference;

/**
 * Every rule of one cluster after an evaluation: immutable, so a page reads one consistent set while the next
 * evaluation builds another.
 *
 * @param version the facts version the samples were taken from
 * @param evaluatedAt the time of the evaluation
 * @param samples the rules' samples, in the reference's order
 * @param rules each rule's state by alert name, in the reference's order
 */
public record AlertStates(long version, Instant evaluatedAt, List<AlertSample> samples, Map<String, RuleState> rules) {

	public AlertStates {
		samples = List.copyOf(samples);
		rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
	}

	/** Before any evaluation: nothing is known yet, so every rule is unknown rather than inactive. */
	public static AlertStates none(List<AlertRuleReference> reference) {
		Map<String, RuleState> rules = new LinkedHashMap<>();
		reference.forEach((r) -> rules.put(r.alert(), new RuleState(AlertState.UNKNOWN, null, null, List.of())));
		return new AlertStates(-1, null, List.of(), rules);
	}

	/** The next evaluation: each rule stepped by its own machine, with this version's samples at {@code now}. */
	public AlertStates next(long newVersion, List<AlertSample> newSamples, Instant now,
			Map<String, AlertStateMachine> machines) {
		Map<String, RuleState> stepped = new LinkedHashMap<>();
		for (AlertSample sample : newSamples) {
			AlertStateMachine machine = machines.get(sample.alert());
			RuleState previous = rules.getOrDefault(sample.alert(), RuleState.initial());
			stepped.put(sample.alert(), machine == null ? previous : machine.step(previous, sample, now));
		}
		return new AlertStates(newVersion, now, newSamples, stepped);
	}

	public AlertState state(String alert) {
		RuleState rule = rules.get(alert);
		return rule == null ? AlertState.UNKNOWN : rule.state();
	}

	public long count(AlertState state) {
		return rules.values().stream().filter((r) -> r.state() == state).count();
	}

}
