package dev.kubeprint.network;

import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.scale.ScaleAnalyzer;
import dev.kubeprint.scale.ScaleView;
import dev.kubeprint.testing.LargeCluster;
import dev.kubeprint.versions.VersionsAnalyzer;
import dev.kubeprint.versions.VersionsView;

import static org.assertj.core.api.Assertions.assertThat;

/** The network, versions and scale analyzers at 5,000 nodes and 150,000 pods: one pass over the pods each. */
class LargeClusterAnalyzersTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static ClusterFacts facts;

	@BeforeAll
	static void generate() {
		facts = LargeCluster.of(5000, 150_000);
	}

	@Test
	void network() {
		NetworkView v = analyzedTwice(() -> new NetworkAnalyzer(ReferenceCatalog.load()).analyze(facts, EN));
		assertThat(v.ipUse().nodes()).isEqualTo(5000);
		assertThat(v.ipUse().busiest()).hasSize(NetworkAnalyzer.BUSIEST_SHOWN);
		assertThat(v.ranges().get(2).sources()).hasSize(NetworkAnalyzer.BUSIEST_SHOWN + 1);
	}

	@Test
	void versions() {
		VersionsView v = analyzedTwice(() -> new VersionsAnalyzer(ReferenceCatalog.load()).analyze(facts, EN));
		assertThat(v.skew().kubeletVersions()).singleElement().satisfies((k) -> assertThat(k.nodes()).isEqualTo(5000));
		assertThat(v.changes()).anySatisfy((c) -> assertThat(c.finding()).startsWith("150 pods still set AppArmor"));
	}

	@Test
	void scale() {
		ScaleView v = analyzedTwice(() -> new ScaleAnalyzer(ReferenceCatalog.load()).analyze(facts, EN));
		assertThat(v.dimensions().get(0).value()).isEqualTo(5000);
		assertThat(v.dimensions().get(0).level()).isEqualTo(ScaleView.Level.AMBER);
		assertThat(v.dimensions().get(1).value()).isEqualTo(150_000);
		assertThat(v.dimensions().get(1).level()).isEqualTo(ScaleView.Level.AMBER);
		assertThat(v.dimensions().get(2).value()).isEqualTo(30);
	}

	/**
	 * Run twice, and the second view must equal the first: an analyzer that kept state between runs would show
	 * here. How long it takes is measured by the checks benchmark (BENCHMARKS.md), never asserted: a bound on
	 * wall time fails on a loaded machine and tells nothing on a fast one.
	 */
	private static <V> V analyzedTwice(Supplier<V> analysis) {
		V first = analysis.get();
		V view = analysis.get();
		assertThat(view).isEqualTo(first);
		return view;
	}

}
