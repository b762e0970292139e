package dev.kubeprint.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A declared page's HTML, rendered once per layout and cut of its panels and then sent as bytes. The panels were
 * already cut and rendered once per facts version; what was left per request, the layout around them (Thymeleaf over
 * the page template, and encoding 26 KB of text), was most of an overview's cost at 100 connections.
 * <p>
 * A page is kept only under a key that holds everything its layout shows of the reader (the pages and clusters they
 * may open, the anonymous banner, the sign-out link), so a page rendered for one reader is sent to another only when
 * it would be the same page. A page with a sign-out form (it carries the session's CSRF token) or a wall clock is
 * rendered per request as before.
 */
@Component
class PageHtml {

	/** Pages × clusters × languages × layouts of the readers: far below it, unless callers invent queries. */
	private static final int MOST = 4096;

	/** What a cached page's layout shows; see the class comment. */
	record Layout(String template, String requestUri, String query, String language, String current,
			List<String> navigation, List<String> clusters, boolean openToAnyone, String signOut) {
	}

	/** A page as sent, and the cuts of the panels it was rendered from, compared by identity. */
	private record Rendered(List<PanelState> cuts, byte[] html) {

		boolean of(List<PanelState> others) {
			if (others.size() != cuts.size()) {
				return false;
			}
			for (int i = 0; i < cuts.size(); i++) {
				if (others.get(i) != cuts.get(i)) {
					return false;
				}
			}
			return true;
		}

	}

	private final Map<Layout, Rendered> pages = new ConcurrentHashMap<>();

	/** The layouts whose page a reader is rendering for new cuts now. */
	private final Map<Layout, Boolean> rendering = new ConcurrentHashMap<>();

	private final ObjectProvider<ITemplateEngine> engine;

	private final JakartaServletWebApplication application;

	PageHtml(ObjectProvider<ITemplateEngine> engine, ServletContext servletContext) {
		this.engine = engine;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/**
	 * The page from its cache when its layout and cuts are the same, else rendered from the model and kept. While
	 * one reader renders a page for new cuts, the others are sent the page as it was: rendering a new cut's panels
	 * takes tens of milliseconds at 5,000 nodes, and every reader of the page waited for it at every facts version.
	 */
	View page(Layout layout, List<PanelState> cuts, Map<String, Object> model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Rendered known = pages.get(layout);
		if (known != null && (known.of(cuts) || rendering.putIfAbsent(layout, Boolean.TRUE) != null)) {
			return new Html(known.html());
		}
		try {
			WebContext context = new WebContext(application.buildExchange(request, response), locale, model);
			Rendered rendered = new Rendered(List.copyOf(cuts),
					engine.getObject().process(layout.template(), context).getBytes(StandardCharsets.UTF_8));
			if (pages.size() >= MOST) {
				// Only invented queries fill it; the pages readers are on come back at their next read.
				pages.clear();
			}
			pages.put(layout, rendered);
			return new Html(rendered.html());
		}
		finally {
			if (known != null) {
				rendering.remove(layout);
			}
		}
	}

	/** Bytes already rendered, sent as the template's HTML would have been. */
	private record Html(byte[] html) implements View {

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			response.setContentType(getContentType());
			response.setContentLength(html.length);
			response.getOutputStream().write(html);
		}

	}

}
