package dev.kubeprint.storage;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

/**
 * The storage page as JSON: summary and broken links whole, the chains one page at a time, with an ETag so
 * pollers can ask "changed?" for free.
 */
@RestController
class StorageApiController {

	private final PanelRenderer renderer;

	private final Analysis<StorageView> storage;

	StorageApiController(PanelRenderer renderer, Analysis<StorageView> storage) {
		this.renderer = renderer;
		this.storage = storage;
	}

	@GetMapping("/api/clusters/{cluster}/storage")
	ResponseEntity<StorageView.Page> storage(@PathVariable String cluster, @RequestParam(defaultValue = "1") int page,
			Locale locale, WebRequest request) {
		return renderer.json(cluster, storage, locale, request, (v) -> v.json(page), "p" + page);
	}

}
