package dev.kubeprint.web;

import java.util.function.BiFunction;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;

/**
 * A named analyzer call. Its result is computed once per facts version and language, however many panels,
 * viewers and other analyses read it: an analysis that needs another's result takes it as its input instead
 * of computing it again.
 *
 * @param name keys the cache, so it is unique across the app
 */
public record Analysis<V>(String name, Computation<V> computation) {

	public static <V> Analysis<V> of(String name, BiFunction<ClusterFacts, Texts, V> analyze) {
		return new Analysis<>(name, (facts, texts, inputs) -> analyze.apply(facts, texts));
	}

	/** An analysis that reads the result of {@code input} for the same facts and language. */
	public static <I, V> Analysis<V> of(String name, Analysis<I> input, Analyzer<I, V> analyze) {
		return new Analysis<>(name, (facts, texts, inputs) -> analyze.analyze(facts, texts, inputs.of(input)));
	}

	/** An analysis that reads the results of two others, for the same facts and language. */
	public static <A, B, V> Analysis<V> of(String name, Analysis<A> first, Analysis<B> second,
			TwoInputAnalyzer<A, B, V> analyze) {
		return new Analysis<>(name,
				(facts, texts, inputs) -> analyze.analyze(facts, texts, inputs.of(first), inputs.of(second)));
	}

	@FunctionalInterface
	public interface Computation<V> {

		V compute(ClusterFacts facts, Texts texts, Inputs inputs);

	}

	/** The results of other analyses, for the facts and language being analysed. */
	public interface Inputs {

		<I> I of(Analysis<I> analysis);

	}

	@FunctionalInterface
	public interface Analyzer<I, V> {

		V analyze(ClusterFacts facts, Texts texts, I input);

	}

	@FunctionalInterface
	public interface TwoInputAnalyzer<A, B, V> {

		V analyze(ClusterFacts facts, Texts texts, A first, B second);

	}

}
