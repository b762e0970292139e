package dev.kubeprint.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.findings.FindingsView.CheckCount;
import dev.kubeprint.findings.FindingsView.Group;
import dev.kubeprint.findings.FindingsView.LevelCount;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;

/**
 * The findings page from every family's findings. Pure, so the order an SRE reads at 3 a.m. is tested without a
 * browser: what needs a person first (critical, warning, unknown), then what is fine, each by check.
 */
public final class FindingsAnalyzer {

	/** Worst first, then by check so that a check's findings stand together, then by subject. */
	static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.level().worstFirst())
		.thenComparing(Finding::check)
		.thenComparing(Finding::subject);

	private FindingsAnalyzer() {
	}

	public static FindingsView analyze(List<Finding> all) {
		List<Finding> ordered = new ArrayList<>(all);
		ordered.sort(ORDER);
		return new FindingsView(counts(ordered), checks(ordered), ordered);
	}

	/** Every level, worst first, 0 where none: a wall shows "0 critical" as a fact, not as a gap. */
	static List<LevelCount> counts(List<Finding> findings) {
		Map<FindingLevel, Long> counts = count(findings);
		return levelsWorstFirst().stream().map((l) -> new LevelCount(l, counts.getOrDefault(l, 0L))).toList();
	}

	static List<FindingLevel> levelsWorstFirst() {
		return List.of(FindingLevel.values())
			.stream()
			.sorted(Comparator.comparingInt(FindingLevel::worstFirst))
			.toList();
	}

	/** One row per check, its worst level first: checks are few (dozens), findings may be thousands. */
	static List<CheckCount> checks(List<Finding> ordered) {
		Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
		Map<String, Integer> firstIndex = new LinkedHashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			Finding f = ordered.get(i);
			byCheck.computeIfAbsent(f.check(), (c) -> new ArrayList<>()).add(f);
			firstIndex.putIfAbsent(f.check(), i);
		}
		List<CheckCount> rows = new ArrayList<>();
		byCheck.forEach((check, findings) -> {
			Map<FindingLevel, Long> counts = count(findings);
			List<LevelCount> present = levelsWorstFirst().stream()
				.filter(counts::containsKey)
				.map((l) -> new LevelCount(l, counts.get(l)))
				.toList();
			rows.add(new CheckCount(check, findings.get(0).level(), present, findings.get(0).anchor(),
					firstIndex.get(check) / FindingsView.PAGE_SIZE + 1));
		});
		// The map keeps the order in which each check's worst finding came: worst checks first.
		return rows;
	}

	/** Consecutive findings of one check and level together, in the order given. */
	static List<Group> groups(List<Finding> ordered) {
		List<Group> groups = new ArrayList<>();
		List<Finding> current = new ArrayList<>();
		for (Finding f : ordered) {
			if (!current.isEmpty() && !sameGroup(current.get(0), f)) {
				groups.add(group(current));
				current = new ArrayList<>();
			}
			current.add(f);
		}
		if (!current.isEmpty()) {
			groups.add(group(current));
		}
		return groups;
	}

	private static boolean sameGroup(Finding a, Finding b) {
		return a.check().equals(b.check()) && a.level() == b.level();
	}

	private static Group group(List<Finding> findings) {
		Finding first = findings.get(0);
		return new Group(first.check(), first.level(), first.level().needsAttention(), findings);
	}

	private static Map<FindingLevel, Long> count(List<Finding> findings) {
		Map<FindingLevel, Long> counts = new EnumMap<>(FindingLevel.class);
		for (Finding f : findings) {
			counts.merge(f.level(), 1L, Long::sum);
		}
		return counts;
	}

}
