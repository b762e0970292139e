package dev.kubeprint.versions;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

/** The versions page as JSON, with an ETag so pollers can ask "changed?" for free. */
@RestController
class VersionsApiController {

	private final PanelRenderer renderer;

	private final Analysis<VersionsView> versions;

	VersionsApiController(PanelRenderer renderer, Analysis<VersionsView> versions) {
		this.renderer = renderer;
		this.versions = versions;
	}

	@GetMapping("/api/clusters/{cluster}/versions")
	ResponseEntity<VersionsView> versions(@PathVariable String cluster, Locale locale, WebRequest request) {
		return renderer.json(cluster, versions, locale, request);
	}

}
