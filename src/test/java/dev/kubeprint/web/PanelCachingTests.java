package dev.kubeprint.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.testing.DemoCopy;
import dev.kubeprint.testing.PageSliceTest;
import dev.kubeprint.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Panels are cut once per facts version (and revision), language and page, and rendered once per cut: an unchanged
 * refresh cuts, prints, hashes and renders nothing; a page is assembled from the same HTML the refresh sends; a new
 * facts version, another language or an alert that moves while the facts stay the same is cut again; and the cached
 * HTML is what rendering each panel in place gave, escaped alike.
 */
// Each version is read once, right after it appears, and counted: the cuts are asked for exactly, never the previous
// one while the next is made (PanelLagTests shows that).
@PageSliceTest(properties = { "kubeprint.ui.refresh-interval=500ms", "kubeprint.ui.panel-lag=0s" })
// Printing a request's model prints its views, which would count as digests.
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import(PanelCachingTests.Counted.class)
class PanelCachingTests {

	static final String HOSTILE = "<script>alert('kp')</script>";

	static final AtomicInteger SELECTED = new AtomicInteger();

	static final AtomicInteger PRINTED = new AtomicInteger();

	static final AtomicInteger RENDERED = new AtomicInteger();

	static Path lab;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) {
		lab = DemoCopy.registerLab(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Autowired
	PanelRenderer renderer;

	@Autowired
	TestClock clock;

	@Test
	void anUnchangedRefreshCutsPrintsHashesAndRendersNothing() throws Exception {
		String etag = etagOf(html(get("/clusters/demo/panels/counted").header("HX-Request", "true")));
		int[] before = counts();
		for (int i = 0; i < 3; i++) {
			assertThat(refresh("/clusters/demo/panels/counted", etag)).isEqualTo(204);
		}
		assertThat(counts()).as("selected, printed (the digest prints the view), rendered").isEqualTo(before);
	}

	@Test
	void aPageIsAssembledFromTheHtmlItsRefreshSendsRenderedOncePerLanguageAndPlace() throws Exception {
		String fragment = html(get("/clusters/demo/panels/counted").header("HX-Request", "true"));
		int[] before = counts();
		String page = html(get("/clusters/demo/counted"));
		assertThat(html(get("/clusters/demo/counted"))).isEqualTo(page);
		assertThat(page).contains(fragment).doesNotContain(HOSTILE).contains("&lt;script&gt;alert(&#39;kp&#39;)");
		assertThat(counts()).isEqualTo(before);

		html(get("/clusters/demo/counted").param("lang", "zh-CN"));
		html(get("/clusters/demo/counted").param("lang", "zh-CN"));
		assertThat(counts()).as("another language is its own cut").isEqualTo(plus(before, 1, 1, 1));
		html(get("/embed/clusters/demo/panels/counted"));
		assertThat(counts()).as("an embed refreshes on its own URL: the same cut, rendered for it")
			.isEqualTo(plus(before, 1, 1, 2));
	}

	@Test
	void aNewFactsVersionIsCutAgainAndUnchangedContentKeepsItsTag() throws Exception {
		String etag = etagOf(html(get("/clusters/lab/panels/counted").header("HX-Request", "true")));
		long version = renderer.source("lab").facts().version();
		int[] before = counts();
		DemoCopy.edit(lab.resolve("nodes.json"), "general-3",
				(node) -> node.withObject("metadata").withObject("labels").put("kubeprint.dev/test", "changed"));
		await().atMost(Duration.ofSeconds(30)).until(() -> renderer.source("lab").facts().version() > version);
		assertThat(refresh("/clusters/lab/panels/counted", etag)).as("what the panel shows did not change")
			.isEqualTo(204);
		assertThat(counts()).as("cut and tagged again, not rendered").isEqualTo(plus(before, 1, 1, 0));
	}

	@Test
	void aLivePanelChangesWhenItsStateDoesWhileTheFactsStayTheSame() throws Exception {
		String pending = html(get("/clusters/demo/panels/alerts-headline").header("HX-Request", "true"));
		String etag = etagOf(pending);
		long version = renderer.source("demo").facts().version();
		assertThat(refresh("/clusters/demo/panels/alerts-headline", etag)).isEqualTo(204);

		clock.advance(Duration.ofMinutes(10));
		MvcResult firing = mvc.perform(get("/clusters/demo/panels/alerts-headline").header("HX-Request", "true")
			.param("have", etag)).andReturn();
		assertThat(renderer.source("demo").facts().version()).isEqualTo(version);
		assertThat(firing.getResponse().getStatus()).isEqualTo(200);
		assertThat(firing.getResponse().getContentAsString()).isNotEqualTo(pending).contains("EtcdDatabaseSizeHigh");
		assertThat(html(get("/clusters/demo"))).contains(firing.getResponse().getContentAsString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh-CN" })
	void everyDemoPageShowsItsPanelsExactlyAsRenderingThemInPlaceDid(String language) throws Exception {
		for (PageDeclaration<?> page : pages.navigation()) {
			if (!PageDeclaration.PANELS_PAGE.equals(page.template())) {
				continue;
			}
			String cached = html(get("/clusters/demo" + page.suffix()).param("lang", language));
			String inPlace = html(get("/test/in-place/demo/" + (page.path().isEmpty() ? "overview" : page.path()))
				.param("lang", language));
			assertThat(main(cached)).as(page.path()).isEqualTo(main(inPlace));
		}
	}

	private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private int refresh(String url, String etag) throws Exception {
		return mvc.perform(get(url).header("HX-Request", "true").param("have", etag)).andReturn().getResponse()
			.getStatus();
	}

	private static String main(String html) {
		return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
	}

	private static String etagOf(String html) {
		int at = html.indexOf("data-etag=\"") + "data-etag=\"".length();
		return html.substring(at, html.indexOf('"', at));
	}

	private static int[] counts() {
		return new int[] { SELECTED.get(), PRINTED.get(), RENDERED.get() };
	}

	private static int[] plus(int[] counts, int selected, int printed, int rendered) {
		return new int[] { counts[0] + selected, counts[1] + printed, counts[2] + rendered };
	}

	/** A panel's view that counts how often it is cut, printed (for its etag) and rendered. */
	public static final class Counting {

		@Override
		public String toString() {
			PRINTED.incrementAndGet();
			return "counting";
		}

		public String shown() {
			RENDERED.incrementAndGet();
			return HOSTILE;
		}

	}

	@TestConfiguration
	static class Counted {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2026-11-20T08:01:00Z"));
		}

		@Bean
		PageDeclaration<Long> countedDeclaration() {
			return PageDeclaration.of("counted", 99, "nav.overview", (facts, texts) -> facts.version())
				.fragments("test/panels")
				.panel("counted", (version) -> {
					SELECTED.incrementAndGet();
					return new Counting();
				});
		}

		@Bean
		InPlace inPlace(PanelRenderer renderer, Pages pages, KubeprintProperties properties) {
			return new InPlace(renderer, pages, properties);
		}

	}

	/** A page's panels rendered in place, as pages were before their HTML was cached. */
	@Controller
	static class InPlace {

		private final PanelRenderer renderer;

		private final Pages pages;

		private final KubeprintProperties properties;

		InPlace(PanelRenderer renderer, Pages pages, KubeprintProperties properties) {
			this.renderer = renderer;
			this.pages = pages;
			this.properties = properties;
		}

		@GetMapping("/test/in-place/{cluster}/{path}")
		String page(@PathVariable String cluster, @PathVariable String path, Locale locale, Model model) {
			PageDeclaration<?> page = pages.page("overview".equals(path) ? "" : path).orElseThrow();
			model.addAttribute("current", renderer.source(cluster).identity());
			model.addAttribute("panels", renderer.panels(cluster, page, 1, locale));
			model.addAttribute("page", page);
			model.addAttribute("refreshSeconds", properties.ui().refreshInterval().toMillis() / 1000.0);
			return "test/inline-panels-page";
		}

	}

}
