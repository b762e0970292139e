package dev.kubeprint.findings;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.web.PanelFindings;

/** What each panel says of its findings, in the web's terms: the analyzer and view stay free of the web. */
final class PanelBadges {

	private PanelBadges() {
	}

	/** Per panel that shows a finding's subject, its counts and where its worst finding is on the list. */
	static PanelFindings panels(List<Finding> ordered) {
		Map<String, Map<FindingLevel, Long>> counts = new LinkedHashMap<>();
		Map<String, Integer> first = new LinkedHashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			Finding f = ordered.get(i);
			if (f.panel() == null) {
				continue;
			}
			counts.computeIfAbsent(f.panel().panel(), (p) -> new EnumMap<>(FindingLevel.class))
				.merge(f.level(), 1L, Long::sum);
			first.putIfAbsent(f.panel().panel(), i);
		}
		Map<String, PanelFindings.Badge> badges = new LinkedHashMap<>();
		counts.forEach((panel, byLevel) -> {
			int index = first.get(panel);
			List<PanelFindings.Count> present = FindingsAnalyzer.levelsWorstFirst().stream()
				.filter(byLevel::containsKey)
				.map((l) -> new PanelFindings.Count(l.label(), byLevel.get(l)))
				.toList();
			badges.put(panel, new PanelFindings.Badge(present, index / FindingsView.PAGE_SIZE + 1,
					ordered.get(index).anchor()));
		});
		return new PanelFindings(badges);
	}

}
