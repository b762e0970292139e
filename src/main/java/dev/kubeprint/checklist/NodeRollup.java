package dev.kubeprint.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	private static final Comparator<Finding> WORST_FIRST = Comparator
		.comparingInt((Finding f) -> f.level().worstFirst())
		.thenComparing(Finding::subject);

	private final Texts texts;

	NodeRollup(Texts texts) {
		this.texts = texts;
	}

	/**
	 * A small cluster keeps a line per node. A large one keeps the first {@link #NAMED} that need attention,
	 * rolls the rest of those into one line at their worst level, and rolls the fine ones into one line per
	 * distinct summary (which per-node checks write without the node's name, so the groups are few).
	 */
	List<Finding> roll(List<Finding> perNode) {
		if (perNode.size() <= NAMED) {
			return perNode.stream().sorted(WORST_FIRST).toList();
		}
		List<Finding> attention = perNode.stream().filter((f) -> f.level().needsAttention()).sorted(WORST_FIRST).toList();
		List<Finding> out = new ArrayList<>(attention.subList(0, Math.min(NAMED, attention.size())));
		if (attention.size() > NAMED) {
			out.add(group(attention.subList(NAMED, attention.size()), perNode.size(), true));
		}
		Map<String, List<Finding>> fine = new LinkedHashMap<>();
		perNode.stream()
			.filter((f) -> !f.level().needsAttention())
			.sorted(WORST_FIRST)
			.forEach((f) -> fine.computeIfAbsent(f.level() + "|" + f.summary(), (k) -> new ArrayList<>()).add(f));
		List<List<Finding>> groups = new ArrayList<>(fine.values());
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
	private Finding group(List<Finding> members, int total, boolean more) {
		Finding first = members.get(0);
		if (members.size() == 1) {
			return first;
		}
		FindingLevel worst = members.stream().map(Finding::level).min(Comparator.comparingInt(FindingLevel::worstFirst))
			.orElseThrow();
		String names = quoted(members.stream().map(Finding::subject).toList());
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

	private String counts(List<Finding> members) {
		Map<FindingLevel, Integer> byLevel = new LinkedHashMap<>();
		members.forEach((f) -> byLevel.merge(f.level(), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		byLevel.forEach((level, n) -> parts.add(texts.get("checklist.rollup.count", n, texts.get("checklist.level." + level.label()))));
		return String.join(", ", parts);
	}

}
