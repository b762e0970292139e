package dev.kubeprint.checklist;

import java.util.ArrayList;
import java.util.List;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.Finding;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ChecklistReference;

/**
 * The reference's production checklist, executed read-only: every item becomes one or more findings, in the
 * reference's order (control plane, then worker nodes). Pure.
 */
public final class ChecklistChecks {

	private final ChecklistReference reference;

	public ChecklistChecks(ChecklistReference reference) {
		this.reference = reference;
	}

	/** @param components the control-plane rows every page shares, for componentstatuses */
	public List<Finding> check(ClusterFacts facts, Texts texts, List<ComponentView> components) {
		List<Finding> out = new ArrayList<>(new ControlPlaneChecklistChecks(reference, texts).check(facts, components));
		out.addAll(new EtcdChecklistChecks(reference, texts).check(facts));
		WorkerChecklistChecks workers = new WorkerChecklistChecks(reference, texts);
		out.addAll(workers.check(facts));
		out.addAll(new NodeAgentChecklistChecks(reference, texts).check(facts, workers));
		return List.copyOf(out);
	}

}
