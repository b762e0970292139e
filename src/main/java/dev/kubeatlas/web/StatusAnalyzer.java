package dev.kubeatlas.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kubeatlas.cluster.facts.ClusterFacts;
import dev.kubeatlas.cluster.facts.FactKind;
import dev.kubeatlas.web.StatusView.KindStatus;

/** Where the facts come from, how old they are, and what could not be read. */
final class StatusAnalyzer {

	private StatusAnalyzer() {
	}

	static StatusView analyze(ClusterFacts facts, Instant now, Duration staleness) {
		List<KindStatus> unavailable = FactKind.ALL.stream()
			.filter((k) -> !facts.availability(k).isOk())
			.map((k) -> new KindStatus(k.resourceName(), facts.availability(k)))
			.toList();
		return new StatusView(facts.cluster(), facts.version(), facts.observedAt(), facts.stale(now, staleness),
				staleness.toSeconds(), facts.problems(), unavailable);
	}

}
