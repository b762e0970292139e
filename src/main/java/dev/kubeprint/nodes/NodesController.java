package dev.kubeprint.nodes;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.kubeprint.web.PanelRenderer;

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
		renderer.page(model, cluster, locale, "/nodes", PANELS, "nodes.title");
		// Its own template: the table's filter sits outside the refreshing panel, so what was typed survives.
		return "nodes/page";
	}

}
