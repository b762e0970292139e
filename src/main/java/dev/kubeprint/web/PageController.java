package dev.kubeprint.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

import dev.kubeprint.web.Pages.Placed;

/**
 * Every declared page, and each of its panels alone. htmx asks for a panel with HX-Request and the etag it
 * holds: unchanged content answers 204 with no body, changed content the fragment. Without HX-Request the
 * same URL is a small page of its own, which is what portals embed.
 */
@Controller
class PageController {

	private final PanelRenderer renderer;

	private final Pages pages;

	PageController(PanelRenderer renderer, Pages pages) {
		this.renderer = renderer;
		this.pages = pages;
	}

	@GetMapping({ "/clusters/{cluster}", "/clusters/{cluster}/{path}" })
	String page(@PathVariable String cluster, @PathVariable(required = false) String path,
			@RequestParam(name = "page", required = false) String number, Locale locale, Model model) {
		PageDeclaration<?> page = pages.page(path == null ? "" : path).orElseThrow(() -> notFound("page", path));
		int pageNumber = page.paged() ? Pages.pageNumber(number) : 1;
		model.addAttribute("current", renderer.source(cluster).identity());
		model.addAttribute("status", renderer.status(cluster));
		model.addAttribute("panels", renderer.panels(cluster, page, pageNumber, locale));
		model.addAttribute("page", page);
		return page.template();
	}

	@HxRequest
	@GetMapping("/clusters/{cluster}/panels/{panel}")
	String panelFragment(@PathVariable String cluster, @PathVariable String panel,
			@RequestParam(name = "have", required = false) String have, Locale locale, Model model,
			HttpServletResponse response) {
		return fragment(cluster, panel(cluster, panel, 1, locale), have, model, response);
	}

	@GetMapping("/clusters/{cluster}/panels/{panel}")
	String panelEmbed(@PathVariable String cluster, @PathVariable String panel, Locale locale, Model model,
			HttpServletResponse response) {
		PanelState state = panel(cluster, panel, 1, locale);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("current", renderer.source(cluster).identity());
		model.addAttribute("state", state);
		model.addAttribute("status", renderer.status(cluster));
		return "components/embed";
	}

	/** One page of a paged panel, e.g. /clusters/{cluster}/storage/chains?page=3, polled by that page's readers. */
	@HxRequest
	@GetMapping("/clusters/{cluster}/{path}/{part}")
	String pagedFragment(@PathVariable String cluster, @PathVariable String path, @PathVariable String part,
			@RequestParam(name = "page", defaultValue = "1") int number,
			@RequestParam(name = "have", required = false) String have, Locale locale, Model model,
			HttpServletResponse response) {
		Placed<?> placed = pages.pagedPanel(path, part).orElseThrow(() -> notFound("part", part));
		return fragment(cluster, renderer.render(cluster, placed, number, locale), have, model, response);
	}

	/** Outside htmx a page of a panel is read where it belongs: on its page. */
	@GetMapping("/clusters/{cluster}/{path}/{part}")
	String pagedLink(@PathVariable String cluster, @PathVariable String path, @PathVariable String part,
			@RequestParam(name = "page", defaultValue = "1") int number) {
		pages.pagedPanel(path, part).orElseThrow(() -> notFound("part", part));
		// Only a cluster that exists, by its configured name: the redirect never echoes the request.
		String name = renderer.source(cluster).identity().name();
		return "redirect:/clusters/" + segment(name) + "/" + path + "?page=" + Math.max(1, number);
	}

	private PanelState panel(String cluster, String id, int number, Locale locale) {
		if (PanelRenderer.STATUS.equals(id)) {
			return renderer.status(cluster);
		}
		Placed<?> placed = pages.panel(id).orElseThrow(() -> notFound("panel", id));
		return renderer.render(cluster, placed, number, locale);
	}

	private String fragment(String cluster, PanelState state, String have, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (state.etag().equals(have)) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		model.addAttribute("current", renderer.source(cluster).identity());
		model.addAttribute("state", state);
		return "components/panel :: panel";
	}

	/** Context names carry ':' and '@' (kubernetes-admin@kubernetes), so a name is encoded as a path segment. */
	private static String segment(String name) {
		return UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
	}

	private static ResponseStatusException notFound(String what, String name) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " named " + name);
	}

}
