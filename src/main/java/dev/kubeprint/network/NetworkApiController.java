package dev.kubeprint.network;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

/** The network page as JSON, with an ETag so pollers can ask "changed?" for free. */
@RestController
class NetworkApiController {

	private final PanelRenderer renderer;

	private final Analysis<NetworkView> network;

	NetworkApiController(PanelRenderer renderer, Analysis<NetworkView> network) {
		this.renderer = renderer;
		this.network = network;
	}

	@GetMapping("/api/clusters/{cluster}/network")
	ResponseEntity<NetworkView> network(@PathVariable String cluster, Locale locale, WebRequest request) {
		return renderer.json(cluster, network, locale, request);
	}

}
