package dev.kubeprint.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One panel alone. htmx asks with HX-Request and the etag it holds: unchanged content answers 204 with no
 * body, changed content the fragment. Without HX-Request the same URL is a small page of its own, which is
 * what portals embed.
 */
@Controller
class PanelController {

	private final PanelRenderer renderer;

	PanelController(PanelRenderer renderer) {
		this.renderer = renderer;
	}

	@GetMapping("/clusters/{cluster}/panels/{panel}")
	String panel(@PathVariable String cluster, @PathVariable String panel,
			@RequestParam(name = "have", required = false) String have,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
			HttpServletResponse response) {
		if (!renderer.exists(panel)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No panel named " + panel);
		}
		PanelState state = renderer.render(cluster, panel, locale);
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		boolean fragment = "true".equals(htmx);
		if (fragment && state.etag().equals(have)) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		model.addAttribute("current", renderer.source(cluster).identity());
		model.addAttribute("state", state);
		model.addAttribute("status", renderer.render(cluster, PanelRenderer.STATUS, locale));
		return fragment ? "components/panel :: panel" : "components/embed";
	}

}
