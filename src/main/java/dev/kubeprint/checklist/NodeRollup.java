package dev.kubeprint.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;

/**
 * Keeps a per-node check bounded: at 5,000 nodes a line per node says nothing a person can read, so the nodes
 * that need attention are named one by one up to a limit, worst first, and everything else is rolled up.
 */
final class NodeRollup {

	/** Findings named one by one before the rest are rolled up. */
	static final int NAMED = 10;

	/** Names quoted in a rolled-up line. */
	static final int QUOTED = 3;

	private static final Comparator<Candidate> WORST_FIRST = Comparator
		.comparingInt((Candidate c) -> c.level().worstFirst())
		.thenComparing(Candidate::subject);

	/**
	 * A node's verdict before its words: at 5,000 nodes most findings are rolled up, and writing each one's
	 * texts would cost more than judging them. Only the findings shown are built.
	 *
	 * @param group nodes of the same level and group are rolled up into one line; per-node checks key it by what
	 * their summary says (without the node's name)
	 * @param build the finding in full, called only for the findings shown
	 */
	record Candidate(String subject, FindingLevel level, String group, Supplier<Finding> build) {
	}

	private final Texts texts;

	NodeRollup(Texts texts) {
		this.texts = texts;
	}

	/**
	 * A small cluster keeps a line per node. A large one keeps the first {@link #NAMED} that need attention,
	 * rolls the rest of those into one line at their worst level, and rolls the fine ones into one line per
	 * distinct summary (which per-node checks write without the node's name, so the groups are few).
	 */
	List<Finding> roll(List<Candidate> perNode) {
		if (perNode.size() <= NAMED) {
			return perNode.stream().sorted(WORST_FIRST).map((c) -> c.build().get()).toList();
		}
		List<Candidate> attention = perNode.stream().filter((c) -> c.level().needsAttention()).sorted(WORST_FIRST).toList();
		List<Finding> out = new ArrayList<>();
		attention.subList(0, Math.min(NAMED, attention.size())).forEach((c) -> out.add(c.build().get()));
		if (attention.size() > NAMED) {
			out.add(group(attention.subList(NAMED, attention.size()), perNode.size(), true));
		}
		Map<String, List<Candidate>> fine = new LinkedHashMap<>();
		perNode.stream()
			.filter((c) -> !c.level().needsAttention())
			.sorted(WORST_FIRST)
			.forEach((c) -> fine.computeIfAbsent(c.level() + "|" + c.group(), (k) -> new ArrayList<>()).add(c));
		List<List<Candidate>> groups = new ArrayList<>(fine.values());
		for (int i = 0; i < groups.size() && i < NAMED; i++) {
			out.add(group(groups.get(i), perNode.size(), false));
		}
		if (groups.size() > NAMED) {
			out.add(group(groups.subList(NAMED, groups.size()).stream().flatMap(List::stream).toList(),
					perNode.size(), false));
		}
		return List.copyOf(out);
	}

	/** One line for many nodes: the worst level among them, the first few named, the first one's evidence. */
	private Finding group(List<Candidate> members, int total, boolean more) {
		Finding first = members.get(0).build().get();
		if (members.size() == 1) {
			return first;
		}
		FindingLevel worst = members.stream().map(Candidate::level).min(Comparator.comparingInt(FindingLevel::worstFirst))
			.orElseThrow();
		String names = quoted(members.stream().limit(QUOTED + 1).map(Candidate::subject).toList());
		String subject = texts.get("checklist.rollup.subject", first.subject(), members.size() - 1);
		String summary = more ? texts.get("checklist.rollup.more", members.size(), total, names, counts(members))
				: texts.get("checklist.rollup.same", members.size(), total, first.summary(), names);
		Finding rolled = Finding.of(first.check(), worst, subject, summary)
			.evidence(first.evidence())
			.evidence(new Evidence(texts.get("checklist.rollup.evidence", first.subject(), members.size() - 1),
					texts.get("checklist.rollup.source")))
			.cause(first.cause())
			.remedy(first.remedy())
			.command(first.command())
			.link(first.link());
		return first.panel() != null ? rolled.panel(first.panel().page(), first.panel().panel()) : rolled;
	}

	/** "a, b, c and …": the worst few named, never all of thousands. */
	String quoted(List<String> names) {
		String head = String.join(", ", names.subList(0, Math.min(QUOTED, names.size())));
		return names.size() > QUOTED ? texts.get("checklist.rollup.and-more", head) : head;
	}

	private String counts(List<Candidate> members) {
		Map<FindingLevel, Integer> byLevel = new LinkedHashMap<>();
		members.forEach((c) -> byLevel.merge(c.level(), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		byLevel.forEach((level, n) -> parts.add(texts.get("checklist.rollup.count", n, texts.get("checklist.level." + level.label()))));
		return String.join(", ", parts);
	}

}
