package dev.kubeprint.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.problems.SchedulingReasons.Group;
import dev.kubeprint.reference.ProblemReference;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * The reference's "scheduling failure": pods the scheduler could not place, grouped by what kept them off the
 * nodes, biggest group first: a warning past the reference's KubeSchedulerPendingPods threshold, named as info
 * below it (a pod pinned to a node that does not exist yet is Pending on purpose as often as not). One pass over the pods, keeping per group a count and its first few pods, so
 * 150,000 pending pods cost a few findings, not a list of 150,000.
 */
public final class SchedulingChecks {

	static final String ID = "scheduling-failure";

	static final String PAGE = "workloads";

	static final String PANEL = "workloads-pods";

	/** Pods held back on purpose by a scheduling gate are waiting, not failing. */
	private static final String GATED = "SchedulingGated";

	private static final Comparator<PodFact> BY_NAME = Comparator.comparing(PodFact::namespace)
		.thenComparing(PodFact::name);

	private final ProblemReference problem;

	public SchedulingChecks(ReferenceCatalog reference) {
		this.problem = Diagnosis.row(reference, ID);
	}

	/** One group: how many pods, and the first by namespace and name, so every refresh names the same. */
	private static final class Tally {

		long count;

		final List<PodFact> first = new ArrayList<>();

		void add(PodFact pod, int keep) {
			count++;
			if (first.size() < keep || BY_NAME.compare(pod, first.get(first.size() - 1)) < 0) {
				first.add(pod);
				first.sort(BY_NAME);
				if (first.size() > keep) {
					first.remove(first.size() - 1);
				}
			}
		}

	}

	public List<Finding> check(ClusterFacts facts, Texts texts) {
		Diagnosis d = new Diagnosis(problem, texts, facts);
		String subject = texts.get("problems.sched.subject");
		if (!Diagnosis.readable(facts, FactKind.PODS)) {
			return List.of(d.unreadable(FactKind.PODS, subject).panel(PAGE, PANEL));
		}
		int keep = (int) d.threshold("podsNamed");
		SchedulingReasons reasons = new SchedulingReasons();
		Map<Group, Tally> groups = new EnumMap<>(Group.class);
		for (PodFact pod : facts.pods()) {
			if (unscheduled(pod)) {
				groups.computeIfAbsent(reasons.of(pod.message()), (g) -> new Tally()).add(pod, keep);
			}
		}
		if (groups.isEmpty()) {
			return List.of(d.finding(FindingLevel.OK, subject,
					texts.get("problems.sched.none", Units.count(facts.pods().size())))
				.evidence(new Evidence(texts.get("problems.sched.none-evidence"), "pods .status.conditions[PodScheduled]",
						facts.get(FactKind.PODS).syncedAt()))
				.command(d.command("list", Map.of()))
				.panel(PAGE, PANEL));
		}
		long pending = groups.values().stream().mapToLong((g) -> g.count).sum();
		FindingLevel level = (pending > d.threshold("pendingWarning")) ? FindingLevel.WARNING : FindingLevel.INFO;
		return groups.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<Group, Tally> e) -> -e.getValue().count)
				.thenComparing(Map.Entry::getKey))
			.map((e) -> group(d, level, e.getKey(), e.getValue()))
			.toList();
	}

	/** PodScheduled=False with a reason other than a gate: the scheduler tried and failed. */
	static boolean unscheduled(PodFact pod) {
		return !pod.scheduled() && !pod.terminated() && !pod.terminating() && !pod.reason().isEmpty()
				&& !GATED.equals(pod.reason());
	}

	private Finding group(Diagnosis d, FindingLevel level, Group group, Tally tally) {
		String label = d.t.get("problems.sched.group." + group.key);
		List<String> names = tally.first.stream().map((p) -> p.namespace() + "/" + p.name()).toList();
		long rest = tally.count - names.size();
		String pods = (rest > 0) ? d.t.get("problems.sched.pods-and-more", String.join(", ", names), Units.count(rest))
				: String.join(", ", names);
		PodFact first = tally.first.get(0);
		ProblemReference.Advice advice = problem.advice(group.key);
		return d.finding(level, d.t.get("problems.sched.group-subject", label),
				d.t.get("problems.sched.group", Units.count(tally.count), label, pods))
			.evidence(new Evidence(first.message().isEmpty() ? first.reason() : first.message(),
					d.t.get("problems.sched.condition-of", first.namespace(), first.name(), first.reason()),
					d.facts.get(FactKind.PODS).syncedAt()))
			.cause(d.t.pick(advice.cause()))
			.remedy(d.remedy(d.t.pick(advice.remedy())))
			.command(d.command("describe", Map.of("namespace", first.namespace(), "pod", first.name())))
			.panel(PAGE, PANEL);
	}

}
