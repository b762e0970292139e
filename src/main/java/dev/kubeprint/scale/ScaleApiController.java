package dev.kubeprint.scale;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

/** The scale page as JSON, with an ETag so pollers can ask "changed?" for free. */
@RestController
class ScaleApiController {

	private final PanelRenderer renderer;

	private final Analysis<ScaleView> scale;

	ScaleApiController(PanelRenderer renderer, Analysis<ScaleView> scale) {
		this.renderer = renderer;
		this.scale = scale;
	}

	@GetMapping("/api/clusters/{cluster}/scale")
	ResponseEntity<ScaleView> scale(@PathVariable String cluster, Locale locale, WebRequest request) {
		return renderer.json(cluster, scale, locale, request);
	}

}
