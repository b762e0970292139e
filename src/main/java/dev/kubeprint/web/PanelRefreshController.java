package dev.kubeprint.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.kubeprint.web.Pages.Placed;

/**
 * What htmx polls on every open page and embed: one panel, or one page of a paged panel, answered 204 while the
 * etag the caller holds is current, else the panel's HTML. Kept apart from the controllers that render layouts
 * because a fragment needs nothing of the layout: the layout's advices would work out the navigation, the reader's
 * clusters and sign-out link for every poll, an eighth of what a 204 cost (see {@link RendersLayout}). The same URLs
 * without HX-Request belong to {@link PageController} and {@link EmbedController}.
 */
@Controller
class PanelRefreshController {

	private final PanelRenderer renderer;

	private final Pages pages;

	private final PanelFragments fragments;

	PanelRefreshController(PanelRenderer renderer, Pages pages, PanelFragments fragments) {
		this.renderer = renderer;
		this.pages = pages;
		this.fragments = fragments;
	}

	@HxRequest
	@GetMapping("/clusters/{cluster}/panels/{panel}")
	void panel(@PathVariable String cluster, @PathVariable String panel,
			@RequestParam(name = "have", required = false) String have, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		fragments.answer(fragments.panel(cluster, panel, 1, locale), have, false, locale, request, response);
	}

	/** An embed refreshes on its own URL, under the embed's policy (see {@link EmbedController}). */
	@HxRequest
	@GetMapping("/embed/clusters/{cluster}/panels/{panel}")
	void embeddedPanel(@PathVariable String cluster, @PathVariable String panel,
			@RequestParam(name = "have", required = false) String have, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		fragments.answer(fragments.panel(cluster, panel, 1, locale), have, true, locale, request, response);
	}

	/** One page of a paged panel, e.g. /clusters/{cluster}/storage/chains?page=3, polled by that page's readers. */
	@HxRequest
	@GetMapping("/clusters/{cluster}/{path}/{part}")
	void pageOfPanel(@PathVariable String cluster, @PathVariable String path,
			@PathVariable String part, @RequestParam(name = "page", defaultValue = "1") int number,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "dir", required = false) String dir,
			@RequestParam(name = "q", required = false) String filter,
			@RequestParam(name = "have", required = false) String have, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Placed<?> placed = pages.pagedPanel(path, part).orElseThrow(() -> PanelFragments.notFound("part", part));
		PanelQuery query = PanelQuery.of(number, sort, dir, filter);
		fragments.answer(renderer.render(cluster, placed, query, locale), have, false, locale, request,
				response);
	}

}
