package dev.kubeprint.cluster.live;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import dev.kubeprint.cluster.facts.SourceProblem;

/**
 * The latest things a source could not read, for the page to name. Bounded: a cluster that sends thousands
 * of malformed objects keeps the newest few, not all of them.
 */
final class ProblemLog {

	static final int MAX = 50;

	private final Deque<SourceProblem> problems = new ArrayDeque<>();

	private boolean changed;

	synchronized void add(SourceProblem problem) {
		problems.remove(problem);
		problems.addLast(problem);
		while (problems.size() > MAX) {
			problems.removeFirst();
		}
		changed = true;
	}

	/** Drops the problems recorded about {@code where}, once it reads again. */
	synchronized void clear(String where) {
		changed |= problems.removeIf((p) -> p.where().equals(where));
	}

	synchronized List<SourceProblem> snapshot() {
		changed = false;
		return List.copyOf(problems);
	}

	synchronized boolean changed() {
		return changed;
	}

}
