package dev.kubeprint.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindListing;
import dev.kubeprint.web.StatusView.KindStatus;

/** Where the facts come from, how old they are, and what could not be read. */
final class StatusAnalyzer {

	private StatusAnalyzer() {
	}

	static StatusView analyze(ClusterFacts facts, Instant now, Duration staleness) {
		List<KindStatus> unavailable = FactKind.ALL.stream()
			.filter((k) -> !facts.availability(k).isOk())
			.map((k) -> new KindStatus(k.resourceName(), facts.availability(k)))
			.toList();
		List<KindStatus> failing = unavailable.stream()
			.filter((k) -> !k.availability().absentByNature())
			.toList();
		return new StatusView(facts.cluster(), facts.version(), facts.observedAt(), facts.stale(now, staleness),
				facts.cluster().live() && facts.age(now).compareTo(staleness) > 0, staleness.toSeconds(), facts.problems(), unavailable, headline(failing), !failing.isEmpty(),
				!facts.cluster().live() && facts.capturedAt().isEmpty(), KindListing.of(facts),
				(int) unavailable.stream().filter((k) -> k.availability().state() == Availability.State.LOADING).count(),
				FactKind.ALL.size());
	}

	/** One reason shared by at least half of all kinds is the cluster's problem, not a kind's. */
	private static String headline(List<KindStatus> failing) {
		Map<String, Long> byReason = failing.stream()
			.filter((k) -> k.availability().state() != Availability.State.LOADING)
			.collect(Collectors.groupingBy((k) -> k.availability().reason(), Collectors.counting()));
		return byReason.entrySet()
			.stream()
			.filter((e) -> e.getValue() * 2 >= FactKind.ALL.size())
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("");
	}

}
