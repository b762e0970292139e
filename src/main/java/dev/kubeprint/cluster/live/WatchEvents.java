package dev.kubeprint.cluster.live;

import java.time.Clock;
import java.util.function.Consumer;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.SourceProblem;

/** Applies the events of one watch to its kind's state, moves the watch's version on, and counts them. */
final class WatchEvents<T> implements WatchDecoder.Events<T> {

	private final FactKind<T> kind;

	private final KindState<T> state;

	private final ProblemLog problems;

	private final Clock clock;

	/** Takes each event's version at once: a watch cut off mid-stream resumes after the last event seen. */
	private final Consumer<String> advance;

	private int count;

	WatchEvents(FactKind<T> kind, KindState<T> state, ProblemLog problems, Clock clock, Consumer<String> advance) {
		this.kind = kind;
		this.state = state;
		this.problems = problems;
		this.clock = clock;
		this.advance = advance;
	}

	int count() {
		return count;
	}

	@Override
	public void upsert(T fact, String version) {
		count++;
		state.upsert(fact, clock.instant());
		advance.accept(version);
	}

	@Override
	public void delete(T fact, String version) {
		count++;
		state.delete(fact, clock.instant());
		advance.accept(version);
	}

	@Override
	public void bookmark(String version) {
		count++;
		state.confirm(clock.instant());
		advance.accept(version);
	}

	@Override
	public void malformed(String type, String reason, String version) {
		count++;
		problems.add(new SourceProblem(kind.resourceName() + " watch event " + type, reason));
		advance.accept(version);
	}

}
