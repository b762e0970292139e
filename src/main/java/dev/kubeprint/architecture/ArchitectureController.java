package dev.kubeprint.architecture;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.web.PanelRenderer;

/** The overview page of a cluster; "/" opens the default cluster's. */
@Controller
class ArchitectureController {

	static final List<String> PANELS = List.of("summary", "diagram", "control-plane-components",
			"worker-components", "node-groups");

	private final PanelRenderer renderer;

	private final ClusterRegistry clusters;

	ArchitectureController(PanelRenderer renderer, ClusterRegistry clusters) {
		this.renderer = renderer;
		this.clusters = clusters;
	}

	@GetMapping("/")
	String home() {
		// Context names carry ':' and '@' (kubernetes-admin@kubernetes), so the name is encoded as a path segment.
		return "redirect:/clusters/" + UriUtils.encodePathSegment(clusters.defaultCluster(), StandardCharsets.UTF_8);
	}

	@GetMapping("/clusters/{cluster}")
	String overview(@PathVariable String cluster, Locale locale, Model model) {
		return renderer.page(model, cluster, locale, "", PANELS, "overview.title");
	}

}
