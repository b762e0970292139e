package dev.kubeprint.scale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.findings.ReadAt;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.scale.ScaleView.Dimension;

/**
 * The scale gauges as findings: at or over the production recommendation is a warning, over the official limit
 * critical, below it ok (the value is known). A dimension that could not be measured is unknown, once per
 * reason: five dimensions missing the same kind are one thing to find out, not five.
 */
final class ScaleChecks {

	static final String PAGE = "scale";

	static final String PANEL = "scale-gauges";

	List<Finding> check(ClusterFacts facts, Texts t, ScaleView view) {
		Instant at = ReadAt.of(facts);
		List<Finding> findings = new ArrayList<>();
		Map<String, List<String>> unknown = new LinkedHashMap<>();
		for (Dimension d : view.dimensions()) {
			if (d.level() == ScaleView.Level.UNKNOWN) {
				unknown.computeIfAbsent(d.unavailable(), (u) -> new ArrayList<>()).add(d.name());
				continue;
			}
			findings.add(measured(d, t, at));
		}
		unknown.forEach((why, names) -> findings.add(Finding
			.of("scale.limit", FindingLevel.UNKNOWN, String.join(", ", names), t.get("scale.finding.unknown", why))
			.evidence(new Evidence(why, t.get("scale.finding.source"), at))
			.panel(PAGE, PANEL)));
		return findings;
	}

	private static Finding measured(Dimension d, Texts t, Instant at) {
		FindingLevel level = switch (d.level()) {
			case RED -> FindingLevel.CRITICAL;
			case AMBER -> FindingLevel.WARNING;
			default -> FindingLevel.OK;
		};
		String summary = switch (level) {
			case CRITICAL -> t.get("scale.finding.red", d.valueText(), d.limitText());
			case WARNING -> t.get("scale.finding.amber", d.valueText(), d.recommendationText(), d.limitText());
			default -> t.get("scale.finding.green", d.valueText(), d.recommendationText());
		};
		List<Evidence> evidence = new ArrayList<>();
		evidence.add(new Evidence(d.valueText(), t.get("scale.finding.source"), at));
		d.offenders()
			.stream()
			.limit(3)
			.forEach((o) -> evidence.add(new Evidence(o.name() + ": " + o.valueText(), t.get("scale.finding.source"), at)));
		Finding f = Finding.of("scale.limit", level, d.name(), summary).evidence(evidence).panel(PAGE, PANEL);
		if (level != FindingLevel.OK) {
			f = f.cause(d.impact()).remedy(t.get("scale.finding.remedy", d.recommendationText()));
		}
		return d.source().startsWith("https://") ? f.link(d.source()) : f;
	}

}
