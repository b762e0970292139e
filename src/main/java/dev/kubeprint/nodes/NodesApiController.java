package dev.kubeprint.nodes;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

/** The nodes page as JSON, with an ETag so pollers can ask "changed?" for free. */
@RestController
class NodesApiController {

	private final PanelRenderer renderer;

	private final Analysis<NodesView> nodes;

	NodesApiController(PanelRenderer renderer, Analysis<NodesView> nodes) {
		this.renderer = renderer;
		this.nodes = nodes;
	}

	@GetMapping("/api/clusters/{cluster}/nodes")
	ResponseEntity<NodesView> nodes(@PathVariable String cluster, Locale locale, WebRequest request) {
		return renderer.json(cluster, nodes, locale, request);
	}

}
