package dev.kubeprint.workloads;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;

/** The workloads page from the facts alone: each part says what it could not read instead of showing zero. */
public final class WorkloadsAnalyzer {

	public WorkloadsView analyze(ClusterFacts facts, Texts t) {
		return new WorkloadsView(PodStates.analyze(facts, t), ControllerHealth.analyze(facts, t),
				NodeTaints.analyze(facts, t), EventGroups.analyze(facts, t));
	}

}
