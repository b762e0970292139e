package dev.kubeatlas.nodes;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.kubeatlas.web.PanelRenderer;

/** The nodes page of a cluster. */
@Controller
class NodesController {

	static final List<String> PANELS = List.of("nodes-summary", "nodes-grid", "nodes-table");

	private final PanelRenderer renderer;

	NodesController(PanelRenderer renderer) {
		this.renderer = renderer;
	}

	@GetMapping("/clusters/{cluster}/nodes")
	String nodes(@PathVariable String cluster, Locale locale, Model model) {
		model.addAttribute("current", renderer.source(cluster).identity());
		model.addAttribute("status", renderer.render(cluster, PanelRenderer.STATUS, locale));
		model.addAttribute("panels", PANELS.stream().map((p) -> renderer.render(cluster, p, locale)).toList());
		model.addAttribute("page", "/nodes");
		return "nodes/page";
	}

}
