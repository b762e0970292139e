package dev.kubeprint.controlplane;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

/** The control-plane page as JSON, with an ETag. */
@RestController
class ControlPlaneApiController {

	private final PanelRenderer renderer;

	private final Analysis<ControlPlaneView> controlPlane;

	ControlPlaneApiController(PanelRenderer renderer, Analysis<ControlPlaneView> controlPlane) {
		this.renderer = renderer;
		this.controlPlane = controlPlane;
	}

	@GetMapping("/api/clusters/{cluster}/control-plane")
	ResponseEntity<ControlPlaneView> controlPlane(@PathVariable String cluster, Locale locale, WebRequest request) {
		return renderer.json(cluster, controlPlane, locale, request);
	}

}
