package dev.kubeprint.findings;

import java.util.List;

import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;

/**
 * Every finding for a cluster: how many of each level, and the findings themselves, those that need a person
 * first. The list is cut into pages on the server so that a cluster with a finding per pod still renders small.
 *
 * @param counts how many findings of each level, worst first
 * @param checks one row per check id with its own counts, the checks that need a person first
 * @param findings every finding, those needing attention first, each worst first and by check
 */
public record FindingsView(List<LevelCount> counts, List<CheckCount> checks, List<Finding> findings) {

	/** A hundred findings are a screenful for an SRE and a light fragment for a wall. */
	public static final int PAGE_SIZE = 100;

	public FindingsView {
		counts = List.copyOf(counts);
		checks = List.copyOf(checks);
		findings = List.copyOf(findings);
	}

	public int total() {
		return findings.size();
	}

	/** Whether any finding asks a person to act or find out. */
	public long needingAttention() {
		return counts.stream().filter((c) -> c.level().needsAttention()).mapToLong(LevelCount::count).sum();
	}

	/** The summary panel: the counts and the checks, never the findings themselves. */
	public Summary summary() {
		return new Summary(counts, checks, total(), needingAttention());
	}

	/** Page {@code number} (from 1) of the findings; a number out of range gives the nearest page. */
	public FindingsPageView page(int number) {
		int pages = Math.max(1, (findings.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(1, number), pages);
		int from = (page - 1) * PAGE_SIZE;
		List<Finding> shown = findings.subList(from, Math.min(findings.size(), from + PAGE_SIZE));
		return new FindingsPageView(page, pages, findings.size(), PAGE_SIZE, FindingsAnalyzer.groups(shown),
				findings.size() - shown.size());
	}

	/** What the JSON twin answers: the counts, and one page of the findings. */
	public Json json(int number) {
		FindingsPageView page = page(number);
		return new Json(counts, checks, page.page(), page.pages(), page.total(), page.pageSize(),
				page.groups().stream().flatMap((g) -> g.findings().stream()).toList());
	}

	/** @param count never negative: a level with no findings says 0 */
	public record LevelCount(FindingLevel level, long count) {
	}

	/**
	 * @param worst the worst level among its findings
	 * @param counts per level, worst first, levels without findings left out
	 * @param anchor the anchor of its first finding on the page, to jump from the summary
	 * @param page the page of the list that holds that first finding
	 */
	public record CheckCount(String check, FindingLevel worst, List<LevelCount> counts, String anchor, int page) {

		public CheckCount {
			counts = List.copyOf(counts);
		}

	}

	public record Summary(List<LevelCount> counts, List<CheckCount> checks, int total, long needingAttention) {
	}

	/**
	 * @param groups the findings of this page, consecutive findings of one check and level together
	 * @param notShown how many findings are on other pages
	 */
	public record FindingsPageView(int page, int pages, int total, int pageSize, List<Group> groups, int notShown) {

		public FindingsPageView {
			groups = List.copyOf(groups);
		}

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}

	}

	/**
	 * Findings of one check next to each other.
	 *
	 * @param attention whether they need a person; the first group that does not starts the calm part
	 */
	public record Group(String check, FindingLevel worst, boolean attention, List<Finding> findings) {

		public Group {
			findings = List.copyOf(findings);
		}

	}

	public record Json(List<LevelCount> counts, List<CheckCount> checks, int page, int pages, int total,
			int pageSize, List<Finding> findings) {
	}

}
