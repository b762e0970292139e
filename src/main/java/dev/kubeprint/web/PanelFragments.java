package dev.kubeprint.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import dev.kubeprint.web.Pages.Placed;

/**
 * One panel by id and its htmx answer, for every URL that serves panels alone (a page's refreshes, an embed's):
 * the fragment when the content changed since the etag the caller holds, 204 with no body when it did not.
 */
@Component
class PanelFragments {

	private static final String HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8).toString();

	private static final String NO_STORE = CacheControl.noStore().getHeaderValue();

	private final PanelRenderer renderer;

	private final Pages pages;

	private final PanelHtml html;

	PanelFragments(PanelRenderer renderer, Pages pages, PanelHtml html) {
		this.renderer = renderer;
		this.pages = pages;
		this.html = html;
	}

	/** The panel {@code id} of any declared page, or the status panel; 404 for an id nobody declared. */
	PanelState panel(String cluster, String id, int number, Locale locale) {
		if (PanelRenderer.STATUS.equals(id)) {
			return renderer.status(cluster);
		}
		Placed<?> placed = pages.panel(id).orElseThrow(() -> notFound("panel", id));
		return renderer.render(cluster, placed, number, locale);
	}

	/**
	 * 204 by comparing tags, with nothing cut or rendered; else the panel's HTML, rendered once per cut for every
	 * reader. {@code embed} says which URL the panel refreshes on. Written to the response directly rather than
	 * returned: Spring's return value handling (converters, media types, body advices) was a tenth of what a 204
	 * cost, for an answer that has no body.
	 */
	void answer(PanelState state, String have, boolean embed, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		if (state.etag().equals(have)) {
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		String html = this.html.of(state, embed, locale, request, response).html();
		response.setContentType(HTML);
		response.getWriter().write(html);
	}

	static ResponseStatusException notFound(String what, String name) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " named " + name);
	}

}
