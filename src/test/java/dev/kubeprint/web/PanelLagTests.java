package dev.kubeprint.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

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
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Within {@code kubeprint.ui.panel-lag}, a reader of new facts is answered from the panel's previous cut while the
 * next one is made in the background; the status panel, which says how old the data is, never lags.
 */
class PanelLagTests {

	private final AtomicReference<ClusterFacts> facts = new AtomicReference<>(TestFacts.demo());

	private final PageDeclaration<String> page = PageDeclaration
		.of("test", 99, "nav.test", (f, t) -> "cut from version " + f.version())
		.panel("test-panel", (v) -> v);

	private final Placed<String> placed = new Placed<>(page, page.panels().get(0));

	@Test
	void aPanelIsAnsweredFromItsPreviousCutWhileTheNextIsMadeInTheBackground() {
		PanelRenderer renderer = renderer(Map.of());
		long first = facts.get().version();
		assertThat(view(renderer)).isEqualTo("cut from version " + first);
		PanelState firstStatus = renderer.status("demo");

		facts.set(next(facts.get()));
		assertThat(view(renderer)).as("the previous cut, at once").isEqualTo("cut from version " + first);
		assertThat(renderer.status("demo")).as("the status never lags").isNotSameAs(firstStatus);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> view(renderer).equals("cut from version " + (first + 1)));
	}

	@Test
	void withoutLagEveryReaderIsAnsweredFromItsOwnFacts() {
		PanelRenderer renderer = renderer(Map.of("kubeprint.ui.panel-lag", "0s"));
		long first = facts.get().version();
		assertThat(view(renderer)).isEqualTo("cut from version " + first);
		facts.set(next(facts.get()));
		assertThat(view(renderer)).isEqualTo("cut from version " + (first + 1));
	}

	private String view(PanelRenderer renderer) {
		return (String) renderer.render("demo", placed, 1, Locale.ENGLISH).view();
	}

	private PanelRenderer renderer(Map<String, String> properties) {
		ClusterSource source = mock(ClusterSource.class);
		when(source.facts()).thenAnswer((invocation) -> facts.get());
		ClusterRegistry clusters = mock(ClusterRegistry.class);
		when(clusters.find("demo")).thenReturn(Optional.of(source));
		@SuppressWarnings("unchecked")
		ObjectProvider<Analysis<PanelFindings>> findings = mock(ObjectProvider.class);
		return new PanelRenderer(clusters, Texts.of(Locale.ENGLISH).messages(), TestProperties.of(properties),
				Clock.systemUTC(), findings);
	}

	private static ClusterFacts next(ClusterFacts f) {
		return f.withVersion(f.version() + 1, f.observedAt());
	}

}
