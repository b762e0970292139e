package dev.kubeprint.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.source.ClusterSource;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.testing.TestProperties;
import dev.kubeprint.web.Pages.Placed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** What the findings say of a panel is part of it: a change of findings alone refreshes the panel. */
class PanelFindingsLinkTests {

	@Test
	void aPanelCarriesItsFindingsAndItsEtagChangesWithThemAlone() {
		ClusterFacts first = TestFacts.demo();
		ClusterFacts second = next(first);
		ClusterFacts third = next(second);
		ClusterSource source = mock(ClusterSource.class);
		when(source.facts()).thenReturn(first, second, third);
		ClusterRegistry clusters = mock(ClusterRegistry.class);
		when(clusters.find("demo")).thenReturn(Optional.of(source));
		// Findings about the panel from the second facts version on; the panel's own view never changes.
		Analysis<PanelFindings> findings = Analysis.of("test:panels",
				(facts, t) -> facts.version() == first.version() ? PanelFindings.NONE
						: new PanelFindings(Map.of("test-panel", new PanelFindings.Badge(
								List.of(new PanelFindings.Count("critical", facts.version() == second.version() ? 1 : 2)),
								1, "finding-x"))));
		@SuppressWarnings("unchecked")
		ObjectProvider<Analysis<PanelFindings>> provider = mock(ObjectProvider.class);
		when(provider.getIfUnique()).thenReturn(findings);
		// Each version is read once, in turn: exact cuts, not the previous one while the next is made.
		PanelRenderer renderer = new PanelRenderer(clusters, Texts.of(Locale.ENGLISH).messages(),
				TestProperties.of(Map.of("kubeprint.ui.panel-lag", "0s")), Clock.systemUTC(), provider);
		PageDeclaration<String> page = PageDeclaration.of("test", 99, "nav.test", (facts, t) -> "the same view")
			.panel("test-panel", (v) -> v);
		Placed<String> placed = new Placed<>(page, page.panels().get(0));

		PanelState none = renderer.render("demo", placed, 1, Locale.ENGLISH);
		PanelState one = renderer.render("demo", placed, 1, Locale.ENGLISH);
		PanelState two = renderer.render("demo", placed, 1, Locale.ENGLISH);

		assertThat(none.findings()).isNull();
		assertThat(one.findings().counts()).containsExactly(new PanelFindings.Count("critical", 1));
		assertThat(one.view()).isEqualTo(none.view());
		assertThat(one.etag()).isNotEqualTo(none.etag());
		assertThat(two.etag()).isNotEqualTo(one.etag());
	}

	@Test
	void withoutTheFindingsFeatureNoPanelLinksAnywhere() {
		ClusterSource source = mock(ClusterSource.class);
		when(source.facts()).thenReturn(TestFacts.demo());
		ClusterRegistry clusters = mock(ClusterRegistry.class);
		when(clusters.find("demo")).thenReturn(Optional.of(source));
		@SuppressWarnings("unchecked")
		ObjectProvider<Analysis<PanelFindings>> provider = mock(ObjectProvider.class);
		PanelRenderer renderer = new PanelRenderer(clusters, Texts.of(Locale.ENGLISH).messages(),
				TestProperties.of(Map.of()), Clock.systemUTC(), provider);
		PageDeclaration<String> page = PageDeclaration.of("test", 99, "nav.test", (facts, t) -> "view")
			.panel("test-panel", (v) -> v);
		assertThat(renderer.render("demo", new Placed<>(page, page.panels().get(0)), 1, Locale.ENGLISH).findings())
			.isNull();
	}

	private static ClusterFacts next(ClusterFacts f) {
		return new ClusterFacts(f.cluster(), f.version() + 1, f.observedAt(), f.kinds(), f.serverVersion(),
				f.versionAvailability(), f.problems(), f.probes(), f.capturedAt());
	}

}
