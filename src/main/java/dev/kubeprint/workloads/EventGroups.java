package dev.kubeprint.workloads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EventBound;
import dev.kubeprint.cluster.facts.EventFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.workloads.WorkloadsView.EventGroup;
import dev.kubeprint.workloads.WorkloadsView.EventsPart;

/**
 * Recent trouble as Events tell it, grouped by reason. Events are history: they name objects that may be gone
 * and describe moments that have passed, so the groups say so rather than passing them off as the present.
 */
final class EventGroups {

	/** Objects named per group; the rest are counted. */
	static final int NAMED = 5;

	private static final String FAILED_SCHEDULING = "FailedScheduling";

	private EventGroups() {
	}

	static EventsPart analyze(ClusterFacts facts, Texts t) {
		KindFacts<EventFact> kind = facts.get(FactKind.EVENTS);
		Availability a = kind.availability();
		if (!a.hasData()) {
			return new EventsPart(Unread.of(FactKind.EVENTS, a, t), 0, "", List.of(), List.of(), "");
		}
		List<EventFact> events = kind.items();
		String capped = kind.dropped() == 0 ? ""
				: t.get("workloads.events.capped", EventBound.KEPT, kind.dropped());
		Map<String, List<EventFact>> byReason = new LinkedHashMap<>();
		for (EventFact e : events) {
			byReason.computeIfAbsent(e.type() + "/" + e.reason(), (k) -> new ArrayList<>()).add(e);
		}
		List<EventGroup> groups = byReason.values().stream().map((g) -> group(g, facts, t)).sorted(ORDER).toList();
		Availability nodes = facts.availability(FactKind.NODES);
		List<String> gone = nodes.hasData() ? goneNodes(events, facts) : List.of();
		String goneText = !nodes.hasData() ? t.get("workloads.events.nodes-unknown")
				: gone.isEmpty() ? "" : t.get("workloads.events.gone-nodes", String.join(", ", gone));
		return new EventsPart("", events.size(), capped, groups, gone, goneText);
	}

	/** Warnings before the Normal reasons kept, then the most frequent. */
	private static final Comparator<EventGroup> ORDER = Comparator
		.comparing((EventGroup g) -> !"Warning".equals(g.type()))
		.thenComparing(Comparator.comparingInt(EventGroup::occurrences).reversed())
		.thenComparing(EventGroup::reason);

	/** The events of one reason, newest first as the bound sorted them. */
	private static EventGroup group(List<EventFact> events, ClusterFacts facts, Texts t) {
		EventFact newest = events.get(0);
		Set<String> objects = new LinkedHashSet<>();
		int occurrences = 0;
		for (EventFact e : events) {
			occurrences += e.count();
			String where = e.involvedKind().equals("Node") || e.namespace().isEmpty() ? e.involvedName()
					: e.namespace() + "/" + e.involvedName();
			objects.add(e.involvedKind() + " " + where);
		}
		List<String> named = objects.stream().limit(NAMED).toList();
		String note = FAILED_SCHEDULING.equals(newest.reason()) ? pastScheduling(newest, facts, t) : "";
		return new EventGroup(newest.reason(), newest.type(), events.size(), occurrences, named,
				objects.size() - named.size(), newest.message(), newest.last(), note);
	}

	/** The scheduler's "0/3 nodes are available" is about the moment it tried, which is not now. */
	private static String pastScheduling(EventFact newest, ClusterFacts facts, Texts t) {
		String at = String.valueOf(newest.last());
		if (!facts.availability(FactKind.NODES).hasData()) {
			return t.get("workloads.events.scheduling-past-unknown", at);
		}
		long unschedulable = facts.nodes().stream().filter(NodeFact::unschedulable).count();
		return t.get("workloads.events.scheduling-past", at, facts.nodes().size(), unschedulable);
	}

	/** Nodes that Events name but the cluster's node list does not hold: deleted or replaced since. */
	static List<String> goneNodes(List<EventFact> events, ClusterFacts facts) {
		Set<String> current = facts.nodes().stream().map(NodeFact::name).collect(Collectors.toSet());
		return events.stream()
			.filter((e) -> "Node".equals(e.involvedKind()) && !current.contains(e.involvedName()))
			.map(EventFact::involvedName)
			.collect(Collectors.toCollection(TreeSet::new))
			.stream()
			.toList();
	}

}
