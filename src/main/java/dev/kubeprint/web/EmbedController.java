package dev.kubeprint.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One panel for a portal's iframe: the panel, its data age and a link back, no navigation. It refreshes on its
 * own URL, so that the embed and its refreshes share one policy (frame-ancestors, and whatever lets a viewer
 * in) and every request the frame makes goes to the app's own origin. A cross-site frame may not get the
 * language cookie back, so the language travels in the refresh URL. The refreshes themselves (HX-Request) are
 * answered by {@link PanelRefreshController}.
 */
@Controller
@RendersLayout
class EmbedController {

	private final PanelRenderer renderer;

	private final PanelFragments fragments;

	EmbedController(PanelRenderer renderer, PanelFragments fragments) {
		this.renderer = renderer;
		this.fragments = fragments;
	}

	@GetMapping("/embed/clusters/{cluster}/panels/{panel}")
	String embed(@PathVariable String cluster, @PathVariable String panel, Locale locale, Model model,
			HttpServletResponse response) {
		PanelState state = fragments.panel(cluster, panel, 1, locale);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("embed", true);
		model.addAttribute("current", renderer.source(cluster).identity());
		model.addAttribute("state", state);
		model.addAttribute("status", renderer.status(cluster));
		return "layout/embed";
	}

}
