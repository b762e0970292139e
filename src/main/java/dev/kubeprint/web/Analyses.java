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

	/** The view of exactly these facts, as an input or beside them, where a newer one would contradict them. */
	<V> V view(ClusterFacts facts, Analysis<V> analysis, Locale locale) {
		return views.get(key(facts, analysis, locale), facts.version(), () -> compute(facts, analysis, locale));
	}

	/**
	 * The view of these facts or of newer ones, for a reader that shows the view alone (a panel that is not live, a
	 * JSON twin): a reader who took its facts just before a new version is given the newer view rather than
	 * computing an older one alone.
	 */
	<V> V viewOrNewer(ClusterFacts facts, Analysis<V> analysis, Locale locale) {
		return views.orNewer(key(facts, analysis, locale), facts.version(), () -> compute(facts, analysis, locale));
	}

	private static ViewCache.Key key(ClusterFacts facts, Analysis<?> analysis, Locale locale) {
		return new ViewCache.Key(facts.cluster().name(), analysis.name(), locale.toLanguageTag());
	}

	private <V> V compute(ClusterFacts facts, Analysis<V> analysis, Locale locale) {
		return analysis.computation().compute(facts, new Texts(messages, locale), inputs(facts, locale));
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
