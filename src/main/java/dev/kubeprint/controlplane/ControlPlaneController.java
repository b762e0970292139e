package dev.kubeprint.controlplane;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.kubeprint.web.PanelRenderer;

/** The control-plane page. */
@Controller
class ControlPlaneController {

	private static final List<String> PANELS = List.of("cp-apiserver", "cp-components", "cp-topology");

	private final PanelRenderer renderer;

	ControlPlaneController(PanelRenderer renderer) {
		this.renderer = renderer;
	}

	@GetMapping("/clusters/{cluster}/control-plane")
	String page(@PathVariable String cluster, Locale locale, Model model) {
		return renderer.page(model, cluster, locale, "/control-plane", PANELS, "nav.control-plane");
	}

}
