package dev.kubeprint.problems;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EventFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.i18n.Units;

/**
 * What happened to the pods of NotReady nodes and what the Events say of them, gathered in one pass over the
 * pods and one over the Events for all those nodes at once.
 */
final class NodeEvictions {

	/** Event reasons of a node going NotReady and of its pods being evicted, as the controllers write them. */
	static final Set<String> NODE_REASONS = Set.of("NodeNotReady");

	static final Set<String> POD_REASONS = Set.of("Evicted", "TaintManagerEviction");

	private static final int NAMED = 3;

	private final boolean podsRead;

	private final boolean eventsRead;

	private final Map<String, Counted> pods = new HashMap<>();

	private final Map<String, Counted> nodeEvents = new HashMap<>();

	private final Map<String, Counted> podEvents = new HashMap<>();

	/** How many, the first few names, and the newest time. */
	private static final class Counted {

		long count;

		final List<String> names = new ArrayList<>();

		Instant last;

		void add(String name, long times, Instant at) {
			count += times;
			if (names.size() < NAMED && !names.contains(name)) {
				names.add(name);
			}
			if (at != null && (last == null || at.isAfter(last))) {
				last = at;
			}
		}

	}

	private NodeEvictions(boolean podsRead, boolean eventsRead) {
		this.podsRead = podsRead;
		this.eventsRead = eventsRead;
	}

	static NodeEvictions of(ClusterFacts facts, Set<String> nodes) {
		NodeEvictions e = new NodeEvictions(Diagnosis.readable(facts, FactKind.PODS),
				Diagnosis.readable(facts, FactKind.EVENTS));
		Map<String, String> podNode = new HashMap<>();
		if (e.podsRead) {
			for (PodFact pod : facts.pods()) {
				if (nodes.contains(pod.nodeName())) {
					podNode.put(pod.namespace() + "/" + pod.name(), pod.nodeName());
					if (pod.terminating() || "Evicted".equals(pod.reason())) {
						e.pods.computeIfAbsent(pod.nodeName(), (n) -> new Counted())
							.add(pod.namespace() + "/" + pod.name(), 1, pod.deletionTimestamp());
					}
				}
			}
		}
		if (e.eventsRead) {
			for (EventFact event : facts.items(FactKind.EVENTS)) {
				if ("Node".equals(event.involvedKind()) && nodes.contains(event.involvedName())
						&& NODE_REASONS.contains(event.reason())) {
					e.nodeEvents.computeIfAbsent(event.involvedName(), (n) -> new Counted())
						.add(event.reason(), Math.max(event.count(), 1), event.last());
				}
				String node = podNode.get(event.namespace() + "/" + event.involvedName());
				if ("Pod".equals(event.involvedKind()) && node != null && POD_REASONS.contains(event.reason())) {
					e.podEvents.computeIfAbsent(node, (n) -> new Counted())
						.add(event.namespace() + "/" + event.involvedName(), Math.max(event.count(), 1), event.last());
				}
			}
		}
		return e;
	}

	long pods(String node) {
		Counted c = pods.get(node);
		return (c != null) ? c.count : 0;
	}

	List<Evidence> evidence(Diagnosis d, String node) {
		List<Evidence> evidence = new ArrayList<>();
		Counted p = pods.get(node);
		if (!podsRead) {
			evidence.add(new Evidence(d.t.get("problems.node.pods-unreadable"), "pods", null));
		}
		else if (p != null) {
			evidence.add(new Evidence(d.t.get("problems.node.pods-leaving", Units.count(p.count),
					named(d, p)), d.t.get("problems.node.pods-on", node), p.last));
		}
		Counted n = nodeEvents.get(node);
		if (n != null) {
			evidence.add(new Evidence(d.t.get("problems.node.events", "NodeNotReady", Units.count(n.count)),
					d.t.get("problems.node.events-of", node), n.last));
		}
		Counted e = podEvents.get(node);
		if (e != null) {
			evidence.add(new Evidence(d.t.get("problems.node.eviction-events", Units.count(e.count), String.join(", ", e.names)),
					d.t.get("problems.node.events-of-pods", node), e.last));
		}
		if (!eventsRead) {
			evidence.add(new Evidence(d.t.get("problems.node.events-unreadable"), "events", null));
		}
		return evidence;
	}

	private static String named(Diagnosis d, Counted c) {
		String names = String.join(", ", c.names);
		return (c.count > c.names.size() && c.names.size() == NAMED)
				? d.t.get("problems.node.names-and-more", names, Units.count(c.count - c.names.size())) : names;
	}

}
