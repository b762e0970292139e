package dev.kubeprint.checklist;

import java.util.List;

import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.reference.ChecklistItemReference.RunsOn;

/**
 * The checklist page: the reference's items in its order, each with what Kubeprint found.
 *
 * @param sections control plane, then worker nodes
 */
public record ChecklistView(List<Section> sections) {

	public ChecklistView {
		sections = List.copyOf(sections);
	}

	public Section section(String id) {
		return sections.stream().filter((s) -> s.id().equals(id)).findFirst().orElseThrow();
	}

	/** @param id "control-plane" or "worker-nodes" */
	public record Section(String id, String title, List<Line> lines) {

		public Section {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * One question of the checklist: the reference's consecutive items that ask it (systemctl and journalctl both
	 * ask after the kubelet), and the findings of its check.
	 *
	 * @param level the worst of its findings
	 */
	public record Line(String check, String comment, List<Command> commands, String instead, FindingLevel level,
			List<Shown> findings) {

		public Line {
			commands = List.copyOf(commands);
			findings = List.copyOf(findings);
		}

	}

	/** A command of the reference as it wrote it, with its remark and where it runs. */
	public record Command(String text, String note, RunsOn runsOn) {
	}

	/** A finding with the age of each piece of evidence, measured at the facts' moment. */
	public record Shown(Finding finding, List<Aged> evidence) {

		public Shown {
			evidence = List.copyOf(evidence);
		}

	}

	/** @param age how long before the facts' moment it was read or changed; "" when its source does not say */
	public record Aged(Evidence evidence, String age) {
	}

}
