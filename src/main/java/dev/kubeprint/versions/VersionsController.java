package dev.kubeprint.versions;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.kubeprint.web.PanelRenderer;

/** The versions page of a cluster. */
@Controller
class VersionsController {

	static final List<String> PANELS = List.of("versions-skew", "versions-changes");

	private final PanelRenderer renderer;

	VersionsController(PanelRenderer renderer) {
		this.renderer = renderer;
	}

	@GetMapping("/clusters/{cluster}/versions")
	String versions(@PathVariable String cluster, Locale locale, Model model) {
		return renderer.page(model, cluster, locale, "/versions", PANELS, "versions.title");
	}

}
