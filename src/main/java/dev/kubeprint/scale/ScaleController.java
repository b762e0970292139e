package dev.kubeprint.scale;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.kubeprint.web.PanelRenderer;

/** The scale-limits page of a cluster. */
@Controller
class ScaleController {

	static final List<String> PANELS = List.of("scale-gauges", "scale-objects");

	private final PanelRenderer renderer;

	ScaleController(PanelRenderer renderer) {
		this.renderer = renderer;
	}

	@GetMapping("/clusters/{cluster}/scale")
	String scale(@PathVariable String cluster, Locale locale, Model model) {
		return renderer.page(model, cluster, locale, "/scale", PANELS, "scale.title");
	}

}
