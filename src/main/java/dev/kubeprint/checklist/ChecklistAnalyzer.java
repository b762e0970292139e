package dev.kubeprint.checklist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.reference.ChecklistItemReference;
import dev.kubeprint.reference.ChecklistReference;

/** The checklist's findings laid out as the reference orders its items. Pure. */
final class ChecklistAnalyzer {

	private final ChecklistReference reference;

	ChecklistAnalyzer(ChecklistReference reference) {
		this.reference = reference;
	}

	ChecklistView analyze(ClusterFacts facts, Texts t, List<Finding> findings) {
		return new ChecklistView(List.of(
				new ChecklistView.Section("control-plane", t.get("checklist.section.control-plane"),
						lines(reference.controlPlane(), facts, t, findings)),
				new ChecklistView.Section("worker-nodes", t.get("checklist.section.worker-nodes"),
						lines(reference.workerNodes(), facts, t, findings))));
	}

	/** Consecutive items of one check make one line. */
	private List<ChecklistView.Line> lines(List<ChecklistItemReference> items, ClusterFacts facts, Texts t,
			List<Finding> findings) {
		List<ChecklistView.Line> lines = new ArrayList<>();
		int i = 0;
		while (i < items.size()) {
			ChecklistItemReference first = items.get(i);
			List<ChecklistView.Command> commands = new ArrayList<>();
			while (i < items.size() && items.get(i).check().equals(first.check())) {
				ChecklistItemReference item = items.get(i++);
				commands.add(new ChecklistView.Command(item.command(), t.pick(item.note()), item.runsOn()));
			}
			List<ChecklistView.Shown> shown = findings.stream()
				.filter((f) -> f.check().equals(first.check()))
				.map((f) -> new ChecklistView.Shown(f, f.evidence().stream().map((e) -> aged(e, facts)).toList()))
				.toList();
			FindingLevel level = shown.stream().map((s) -> s.finding().level())
				.min(Comparator.comparingInt(FindingLevel::worstFirst))
				.orElse(FindingLevel.UNKNOWN);
			lines.add(new ChecklistView.Line(first.check(), t.pick(first.comment()), commands, t.pick(first.instead()),
					level, shown));
		}
		return lines;
	}

	private static ChecklistView.Aged aged(Evidence e, ClusterFacts facts) {
		if (e.at() == null) {
			return new ChecklistView.Aged(e, "");
		}
		Duration age = Duration.between(e.at(), facts.observedAt());
		return new ChecklistView.Aged(e, Units.duration(Math.max(0, age.toSeconds())));
	}

}
