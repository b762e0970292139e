package dev.kubeprint.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.AlertRuleReference;

/**
 * The reference's alert rules evaluated on facts: one sample per rule, in the reference's order, each with the
 * expression's value now and what it rests on. Pure: time enters only through the facts, and the {@code for:}
 * clock is {@link AlertStateMachine}'s business.
 */
public final class AlertRulesAnalyzer {

	static final String PENDING_PODS = "KubeSchedulerPendingPods";

	/** The reference's threshold: more than 50 pods waiting. */
	static final int PENDING_PODS_THRESHOLD = 50;

	private final List<AlertRuleReference> rules;

	public AlertRulesAnalyzer(List<AlertRuleReference> rules) {
		this.rules = List.copyOf(rules);
	}

	public List<AlertSample> analyze(ClusterFacts facts, Texts texts) {
		ApiServerRules api = new ApiServerRules(texts);
		EtcdRules etcd = new EtcdRules(texts);
		List<AlertSample> samples = new ArrayList<>(rules.size());
		for (AlertRuleReference rule : rules) {
			samples.add(switch (rule.alert()) {
				case ApiServerRules.DOWN -> api.down(facts);
				case ApiServerRules.LATENCY -> api.latency(facts);
				case EtcdRules.NO_LEADER -> etcd.noLeader(facts);
				case EtcdRules.DATABASE -> etcd.database(facts);
				case PENDING_PODS -> pendingPods(facts, texts);
				default -> AlertSample.unknown(rule.alert(), texts.get("alerts.basis.none"),
						texts.get("alerts.reason.not-evaluated"));
			});
		}
		return List.copyOf(samples);
	}

	/**
	 * {@code scheduler_pending_pods > 50}. The scheduler's metrics are not scraped, so the backlog is counted from
	 * the pods themselves: Pending with no node, not being deleted. A pod is unscheduled from its creation until
	 * the scheduler binds it, so when more than 50 wait, the backlog has been over 50 at least since the 51st
	 * newest of them was created: the {@code for:} clock starts there, also for a snapshot read long after.
	 */
	static AlertSample pendingPods(ClusterFacts facts, Texts texts) {
		Availability pods = facts.availability(FactKind.PODS);
		if (!pods.hasData()) {
			return AlertSample.unknown(PENDING_PODS, texts.get("alerts.pending.basis"),
					texts.get("alerts.reason.pods", pods.state().cssClass(), pods.reason()));
		}
		List<PodFact> waiting = facts.pods()
			.stream()
			.filter((p) -> p.pending() && !p.scheduled() && !p.terminating())
			.toList();
		int count = waiting.size();
		AlertSample sample = AlertSample.holds(PENDING_PODS, count > PENDING_PODS_THRESHOLD,
				texts.get("alerts.pending.value", count), (double) count, texts.get("alerts.pending.basis"));
		if (count > PENDING_PODS_THRESHOLD && waiting.stream().allMatch((p) -> p.created() != null)) {
			List<Instant> newestFirst = waiting.stream()
				.map(PodFact::created)
				.sorted(Comparator.reverseOrder())
				.toList();
			return sample.heldSince(newestFirst.get(PENDING_PODS_THRESHOLD));
		}
		return sample;
	}

}
