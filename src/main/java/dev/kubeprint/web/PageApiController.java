package dev.kubeprint.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/** Every declared page as JSON for portals and scripts, with an ETag so pollers can ask "changed?" for free. */
@RestController
class PageApiController {

	private final PanelRenderer renderer;

	private final Pages pages;

	PageApiController(PanelRenderer renderer, Pages pages) {
		this.renderer = renderer;
		this.pages = pages;
	}

	/**
	 * The status bar as JSON: data age, what could not be read, and every list under way with the figures the bar
	 * shows (objects, bytes, rate, the estimate when the server gave one), unformatted.
	 */
	@GetMapping("/api/clusters/{cluster}/status")
	ResponseEntity<Object> status(@PathVariable String cluster, WebRequest request) {
		PanelState status = renderer.status(cluster);
		String etag = "\"" + status.etag() + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(status.view());
	}

	@GetMapping("/api/clusters/{cluster}/{path}")
	ResponseEntity<Object> json(@PathVariable String cluster, @PathVariable String path,
			@RequestParam(name = "page", required = false) String number,
			@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "dir", required = false) String dir,
			@RequestParam(name = "q", required = false) String filter, Locale locale, WebRequest request) {
		PageDeclaration<?> page = pages.json(path)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No page named " + path));
		PanelQuery query = page.json().paged() ? PanelQuery.of(number, sort, dir, filter) : PanelQuery.FIRST;
		return renderer.json(cluster, page, query, locale, request);
	}

}
