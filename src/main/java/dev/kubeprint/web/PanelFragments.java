package dev.kubeprint.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import dev.kubeprint.web.Pages.Placed;

/**
 * One panel by id and its htmx answer, for every URL that serves panels alone (a page's refreshes, an embed's):
 * the fragment when the content changed since the etag the caller holds, 204 with no body when it did not.
 */
@Component
class PanelFragments {

	private final PanelRenderer renderer;

	private final Pages pages;

	PanelFragments(PanelRenderer renderer, Pages pages) {
		this.renderer = renderer;
		this.pages = pages;
	}

	/** The panel {@code id} of any declared page, or the status panel; 404 for an id nobody declared. */
	PanelState panel(String cluster, String id, int number, Locale locale) {
		if (PanelRenderer.STATUS.equals(id)) {
			return renderer.status(cluster);
		}
		Placed<?> placed = pages.panel(id).orElseThrow(() -> notFound("panel", id));
		return renderer.render(cluster, placed, number, locale);
	}

	String fragment(String cluster, PanelState state, String have, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (state.etag().equals(have)) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		model.addAttribute("current", renderer.source(cluster).identity());
		model.addAttribute("state", state);
		return "components/panel :: panel";
	}

	static ResponseStatusException notFound(String what, String name) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " named " + name);
	}

}
