package dev.kubeprint.cluster.facts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What is kept of Events, so that they stay bounded on a busy cluster: Warnings, the few Normal reasons the
 * workloads page reads (a node going NotReady, an eviction), and of those only the newest {@link #KEPT}.
 */
public final class EventBound {

	/** The most Events kept per cluster; older ones are dropped and the page says so. */
	public static final int KEPT = 2_000;

	public static final int MESSAGE_LENGTH = 300;

	/** Normal-type reasons that still tell of trouble; every Warning is kept whatever its reason. */
	static final Set<String> NORMAL_REASONS = Set.of("NodeNotReady", "TaintManagerEviction", "LeaderElection",
			"Evicted", "NodeNotSchedulable", "RemovingNode");

	private static final Comparator<EventFact> NEWEST_FIRST = Comparator
		.comparing(EventFact::last, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
		.thenComparing(EventFact::namespace)
		.thenComparing(EventFact::name);

	private EventBound() {
	}

	public static boolean kept(EventFact event) {
		return event.warning() || NORMAL_REASONS.contains(event.reason());
	}

	/** The events worth keeping, newest first, at most {@link #KEPT}. */
	static List<EventFact> newest(List<EventFact> events) {
		return events.stream().filter(EventBound::kept).sorted(NEWEST_FIRST).limit(KEPT).toList();
	}

	/** How many of these events {@link #newest} leaves out for the cap (not counting those never worth keeping). */
	static int overCap(List<EventFact> events) {
		return (int) Math.max(0, events.stream().filter(EventBound::kept).count() - KEPT);
	}

}
