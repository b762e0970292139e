package dev.kubeprint.nodes;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.web.PageDeclaration;
import dev.kubeprint.web.PanelRenderer;
import dev.kubeprint.web.UnknownClusterException;

/**
 * One group of the node grid, refreshed on its own: 204 while its tag is the one the reader holds, else the group.
 * A node changing re-sends the tiles of its pool and zone only. The page is a path variable, as on every page's
 * URL, so that access control reads which page this is (a viewer token that does not open the nodes page is refused).
 */
@Controller
class NodesGridController {

	private final PanelRenderer renderer;

	private final PageDeclaration<NodesView> declaration;

	private final double refreshSeconds;

	NodesGridController(PanelRenderer renderer, PageDeclaration<NodesView> nodesDeclaration,
			KubeprintProperties properties) {
		this.renderer = renderer;
		this.declaration = nodesDeclaration;
		this.refreshSeconds = properties.ui().refreshInterval().toMillis() / 1000.0;
	}

	/** The group polls at the pace of every panel, as the page's layout model says. */
	@ModelAttribute("refreshSeconds")
	double refreshSeconds() {
		return refreshSeconds;
	}

	/**
	 * A cluster that does not exist, or that the reader may not see (access control answers the same), is a bare
	 * 404 here: a group is only ever asked for by htmx, and the answer names no cluster.
	 */
	@ExceptionHandler(UnknownClusterException.class)
	ResponseEntity<Void> unknownCluster() {
		return ResponseEntity.notFound().build();
	}

	/**
	 * Under the grid panel's own URL, so that access control reads it as that panel: a viewer token scoped to the
	 * grid refreshes its groups, and one scoped to any other panel does not.
	 */
	@HxRequest
	@GetMapping("/clusters/{cluster}/panels/{panel}/groups/{group}")
	String group(@PathVariable String cluster, @PathVariable String panel, @PathVariable String group,
			@RequestParam(name = "have", required = false) String have, Locale locale, Model model,
			HttpServletResponse response) {
		if (!NodesPage.GRID.equals(panel)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No groups in panel " + panel);
		}
		NodesView view = renderer.view(cluster, declaration.analysis(), locale);
		NodesView.GridGroup g = view.grid()
			.group(group)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No group " + group));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (g.tag().equals(have)) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		model.addAttribute("current", renderer.source(cluster).identity());
		model.addAttribute("g", g);
		return "nodes/panels :: grid-group";
	}

}
