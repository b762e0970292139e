package dev.kubeprint.etcd;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

/** The etcd page as JSON, with an ETag. */
@RestController
class EtcdApiController {

	private final PanelRenderer renderer;

	private final Analysis<EtcdPageView> etcd;

	EtcdApiController(PanelRenderer renderer, Analysis<EtcdPageView> etcd) {
		this.renderer = renderer;
		this.etcd = etcd;
	}

	@GetMapping("/api/clusters/{cluster}/etcd")
	ResponseEntity<EtcdPageView> etcd(@PathVariable String cluster, Locale locale, WebRequest request) {
		return renderer.json(cluster, etcd, locale, request);
	}

}
