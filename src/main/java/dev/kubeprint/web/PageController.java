package dev.kubeprint.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.web.Pages.Placed;

/**
 * Every declared page. A panel's URL read without HX-Request once was the embeddable page; it now sends the reader
 * to the embed, which is the only thing that may be framed (see {@link EmbedController}). With HX-Request the same
 * URLs are the panels' polls, answered by {@link PanelRefreshController}.
 */
@Controller
@RendersLayout
class PageController {

	private final PanelRenderer renderer;

	private final Pages pages;

	private final PanelFragments fragments;

	private final PageHtml html;

	PageController(PanelRenderer renderer, Pages pages, PanelFragments fragments, PageHtml html) {
		this.renderer = renderer;
		this.pages = pages;
		this.fragments = fragments;
		this.html = html;
	}

	@GetMapping({ "/clusters/{cluster}", "/clusters/{cluster}/{path}" })
	ModelAndView page(@PathVariable String cluster, @PathVariable(required = false) String path,
			@RequestParam(name = "page", required = false) String number,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "dir", required = false) String dir,
			@RequestParam(name = "q", required = false) String filter, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		PageDeclaration<?> page = pages.page(path == null ? "" : path).orElseThrow(() -> PanelFragments.notFound("page", path));
		PanelQuery query = page.paged() ? PanelQuery.of(number, sort, dir, filter) : PanelQuery.FIRST;
		ClusterIdentity current = renderer.source(cluster).identity();
		PanelState status = renderer.status(cluster);
		Map<String, PanelState> panels = renderer.panels(cluster, page, query, locale);
		model.addAttribute("current", current);
		model.addAttribute("status", status);
		model.addAttribute("panels", panels);
		model.addAttribute("query", query);
		model.addAttribute("page", page);
		PageHtml.Layout layout = layout(page, query, current, locale, model.asMap(), request);
		if (layout == null) {
			return new ModelAndView(page.template());
		}
		List<PanelState> cuts = new ArrayList<>(panels.size() + 1);
		cuts.add(status);
		cuts.addAll(panels.values());
		return new ModelAndView(html.page(layout, cuts, model.asMap(), locale, request, response));
	}

	/**
	 * Everything the page's layout shows of this reader and request; null when the page is rendered per request:
	 * a sign-out form carries the session's CSRF token, the wall shows a clock, and a sorted, filtered or far page
	 * of a table is cut per request anyway.
	 */
	private static PageHtml.Layout layout(PageDeclaration<?> page, PanelQuery query, ClusterIdentity current,
			Locale locale, Map<String, Object> model, HttpServletRequest request) {
		boolean asked = !query.sort().isEmpty() || query.descending() || !query.filter().isEmpty()
				|| query.page() > PanelRenderer.CACHED_PAGES;
		Object signOut = model.get("signOut");
		if (asked || request.getParameter("wall") != null || signOut instanceof SignOutLink link && link.form()) {
			return null;
		}
		List<String> navigation = ((List<?>) model.get("navigation")).stream()
			.map((p) -> ((PageDeclaration<?>) p).path())
			.toList();
		List<String> clusters = ((List<?>) model.get("clusters")).stream().map(String::valueOf).toList();
		return new PageHtml.Layout(page.template(), request.getRequestURI(), query.encoded(), locale.toLanguageTag(),
				current.toString(), navigation, clusters, Boolean.TRUE.equals(model.get("openToAnyone")),
				signOut == null ? "" : signOut.toString());
	}

	/** Portals framed this URL before embeds had their own: they keep working, under the embed's policy. */
	@GetMapping("/clusters/{cluster}/panels/{panel}")
	String panelEmbed(@PathVariable String cluster, @PathVariable String panel,
			@RequestParam(name = "lang", required = false) String lang,
			@RequestParam(name = "wall", required = false) String wall, Locale locale) {
		PanelState state = fragments.panel(cluster, panel, 1, locale);
		// Only a cluster, panel and language that exist, by their own names: the redirect never echoes the request.
		String name = renderer.source(cluster).identity().name();
		List<String> query = new ArrayList<>();
		if (lang != null) {
			query.add("lang=" + locale.toLanguageTag());
		}
		if (wall != null) {
			query.add("wall");
		}
		return "redirect:/embed/clusters/" + segment(name) + "/panels/" + state.id()
				+ (query.isEmpty() ? "" : "?" + String.join("&", query));
	}

	/** Outside htmx a page of a panel is read where it belongs: on its page. */
	@GetMapping("/clusters/{cluster}/{path}/{part}")
	String pagedLink(@PathVariable String cluster, @PathVariable String path, @PathVariable String part,
			@RequestParam(name = "page", defaultValue = "1") int number,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "dir", required = false) String dir,
			@RequestParam(name = "q", required = false) String filter) {
		Placed<?> placed = pages.pagedPanel(path, part).orElseThrow(() -> PanelFragments.notFound("part", part));
		// Only a cluster and page that exist, by their own names, and a query re-encoded: the redirect never echoes
		// the request.
		String name = renderer.source(cluster).identity().name();
		PanelQuery query = PanelQuery.of(Math.max(1, number), sort, dir, filter);
		return "redirect:/clusters/" + segment(name) + "/" + placed.page().path() + "?" + query.encoded();
	}

	/** Context names carry ':' and '@' (kubernetes-admin@kubernetes), so a name is encoded as a path segment. */
	private static String segment(String name) {
		return UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
	}

}
