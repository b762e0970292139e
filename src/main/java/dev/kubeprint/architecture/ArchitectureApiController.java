package dev.kubeprint.architecture;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

/** The overview as JSON for portals and scripts, with an ETag so pollers can ask "changed?" for free. */
@RestController
class ArchitectureApiController {

	private final PanelRenderer renderer;

	private final Analysis<ArchitectureView> architecture;

	ArchitectureApiController(PanelRenderer renderer, Analysis<ArchitectureView> architecture) {
		this.renderer = renderer;
		this.architecture = architecture;
	}

	@GetMapping("/api/clusters/{cluster}/overview")
	ResponseEntity<ArchitectureView> overview(@PathVariable String cluster, Locale locale, WebRequest request) {
		return renderer.json(cluster, architecture, locale, request);
	}

}
