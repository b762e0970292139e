package dev.kubeprint.workloads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.workloads.WorkloadsView.PodRow;
import dev.kubeprint.workloads.WorkloadsView.PodsPart;
import dev.kubeprint.workloads.WorkloadsView.StateCount;

/** Pods counted by phase and readiness together, and the ones that need a look. */
final class PodStates {

	/** Enough to see what is wrong; 150,000 pods must not become a page of 150,000 rows. */
	static final int ROWS = 50;

	private PodStates() {
	}

	static PodsPart analyze(ClusterFacts facts, Texts t) {
		Availability availability = facts.availability(FactKind.PODS);
		if (!availability.hasData()) {
			return new PodsPart(Unread.of(FactKind.PODS, availability, t), 0, List.of(), List.of(), 0);
		}
		Map<PodState, Integer> counts = new EnumMap<>(PodState.class);
		List<PodFact> attention = new ArrayList<>();
		for (PodFact pod : facts.pods()) {
			PodState state = PodState.of(pod);
			counts.merge(state, 1, Integer::sum);
			if (!state.fine()) {
				attention.add(pod);
			}
		}
		List<StateCount> states = new ArrayList<>();
		for (PodState s : PodState.values()) {
			states.add(new StateCount(s, t.get("workloads.state." + s.key()), counts.getOrDefault(s, 0),
					t.get("workloads.state-basis." + s.key())));
		}
		attention.sort(Comparator.comparingInt((PodFact p) -> PodState.of(p).urgency())
			.thenComparing(PodFact::namespace)
			.thenComparing(PodFact::name));
		List<PodRow> rows = attention.stream().limit(ROWS).map((p) -> row(p, t)).toList();
		return new PodsPart("", facts.pods().size(), states, rows, attention.size() - rows.size());
	}

	private static PodRow row(PodFact p, Texts t) {
		PodState state = PodState.of(p);
		String why = p.reason().isEmpty() ? "" : p.message().isEmpty() ? p.reason() : p.reason() + ": " + p.message();
		return new PodRow(p.namespace(), p.name(), p.nodeName(), p.phase(), p.ready(), state,
				t.get("workloads.state." + state.key()), p.restarts(), p.deletionTimestamp(), why);
	}

}
