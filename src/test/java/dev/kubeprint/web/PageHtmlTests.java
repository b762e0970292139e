package dev.kubeprint.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.servlet.View;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A page is rendered once per layout and cut of its panels; a reader with another layout gets a page of its own;
 * while one reader renders a page for new cuts, the others are sent the page as it was.
 */
class PageHtmlTests {

	private final AtomicInteger renders = new AtomicInteger();

	private volatile CountDownLatch hold = new CountDownLatch(0);

	private final PageHtml pages = new PageHtml(engine(), new MockServletContext());

	private final ExecutorService readers = Executors.newFixedThreadPool(2);

	private final PageHtml.Layout everything = layout(List.of("", "nodes", "storage"));

	@AfterEach
	void stopReaders() {
		readers.shutdownNow();
	}

	@Test
	void aPageIsRenderedOncePerLayoutAndCut() throws Exception {
		List<PanelState> cuts = List.of(cut());
		String first = html(everything, cuts);
		assertThat(html(everything, cuts)).isEqualTo(first);
		assertThat(renders).hasValue(1);

		assertThat(html(layout(List.of("nodes")), cuts)).as("another reader's pages: a page of its own")
			.isNotEqualTo(first);
		assertThat(html(everything, List.of(cut()))).as("a new cut").isNotEqualTo(first);
		assertThat(renders).hasValue(3);
	}

	@Test
	void whileOneReaderRendersNewCutsTheOthersGetThePageAsItWas() throws Exception {
		String before = html(everything, List.of(cut()));
		List<PanelState> next = List.of(cut());
		hold = new CountDownLatch(1);
		CompletableFuture<String> rendering = CompletableFuture.supplyAsync(() -> html(everything, next), readers);
		await().until(() -> renders.get() == 2);

		assertThat(html(everything, next)).as("not held up by the render").isEqualTo(before);
		hold.countDown();
		String after = rendering.get();
		assertThat(after).isNotEqualTo(before);
		assertThat(html(everything, next)).isEqualTo(after);
		assertThat(renders).hasValue(2);
	}

	private String html(PageHtml.Layout layout, List<PanelState> cuts) {
		try {
			MockHttpServletResponse response = new MockHttpServletResponse();
			View view = pages.page(layout, cuts, Map.of(), Locale.ENGLISH, new MockHttpServletRequest(), response);
			view.render(Map.of(), new MockHttpServletRequest(), response);
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static PageHtml.Layout layout(List<String> navigation) {
		return new PageHtml.Layout("layout/panels-page", "/clusters/demo", "page=1", "en", "demo", navigation,
				List.of("demo"), false, "");
	}

	private static PanelState cut() {
		return new PanelState("diagram", "t", "f", new Object(), "etag", "", "", null, new PanelRenderings(null));
	}

	private ObjectProvider<ITemplateEngine> engine() {
		ITemplateEngine engine = mock(ITemplateEngine.class);
		when(engine.process(anyString(), any(IContext.class))).thenAnswer((invocation) -> {
			int render = renders.incrementAndGet();
			hold.await();
			return "page " + render;
		});
		@SuppressWarnings("unchecked")
		ObjectProvider<ITemplateEngine> provider = mock(ObjectProvider.class);
		when(provider.getObject()).thenReturn(engine);
		return provider;
	}

}
