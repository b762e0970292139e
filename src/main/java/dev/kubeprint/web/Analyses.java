package dev.kubeprint.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;

/**
 * The views of analyses for the latest facts. Each is computed once per facts version and language, also
 * when it is only another analysis' input: the overview, control-plane and etcd pages share one reading of
 * the control-plane components.
 */
final class Analyses {

	/** Analyses × languages of one cluster stay far below it. */
	private static final int PER_CLUSTER = 256;

	private final ViewCache views;

	private final MessageSource messages;

	Analyses(MessageSource messages) {
		this(messages, 1);
	}

	/** @param clusters how many clusters are watched: each has its views, and a fleet page reads them all */
	Analyses(MessageSource messages, int clusters) {
		this.messages = messages;
		this.views = new ViewCache(PER_CLUSTER * Math.max(1, clusters));
	}

	<V> V view(ClusterFacts facts, Analysis<V> analysis, Locale locale) {
		ViewCache.Key key = new ViewCache.Key(facts.cluster().name(), analysis.name(), locale.toLanguageTag());
		return views.get(key, facts.version(),
				() -> analysis.computation().compute(facts, new Texts(messages, locale), inputs(facts, locale)));
	}

	private Analysis.Inputs inputs(ClusterFacts facts, Locale locale) {
		return new Analysis.Inputs() {

			@Override
			public <I> I of(Analysis<I> input) {
				return view(facts, input, locale);
			}

		};
	}

}
