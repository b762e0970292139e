package dev.kubeprint.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;
import dev.kubeprint.web.PanelState;

/**
 * The storage page. The chains are paged, so their panel polls a URL that carries its page: the generic
 * panel URL knows no page and would put a reader of page 3 back on page 1 at the next refresh.
 */
@Controller
class StorageController {

	private final PanelRenderer renderer;

	private final Analysis<StorageView> storage;

	StorageController(PanelRenderer renderer, Analysis<StorageView> storage) {
		this.renderer = renderer;
		this.storage = storage;
	}

	@GetMapping("/clusters/{cluster}/storage")
	String storage(@PathVariable String cluster, @RequestParam(defaultValue = "1") int page, Locale locale,
			Model model) {
		renderer.page(model, cluster, locale, "/storage", List.of(StoragePanels.SUMMARY, StoragePanels.BROKEN),
				"nav.storage");
		// The chains are paged, so they are rendered apart from the shared panels page.
		model.addAttribute("chains", chains(cluster, page, locale));
		return "storage/storage";
	}

	/** One page of chains for htmx: 204 when the reader already holds it, else the fragment. */
	@GetMapping("/clusters/{cluster}/storage/chains")
	String chains(@PathVariable String cluster, @RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "have", required = false) String have,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
			HttpServletResponse response) {
		if (!"true".equals(htmx)) {
			// Only a cluster that exists, by its configured name: the redirect never echoes the request.
			String name = renderer.source(cluster).identity().name();
			return "redirect:/clusters/" + name + "/storage?page=" + Math.max(1, page);
		}
		PanelState state = chains(cluster, page, locale);
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (state.etag().equals(have)) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		model.addAttribute("current", renderer.source(cluster).identity());
		model.addAttribute("chains", state);
		return "storage/panels :: chains-panel";
	}

	private PanelState chains(String cluster, int page, Locale locale) {
		StorageView.ChainPage view = renderer.view(cluster, storage, locale).page(page);
		return new PanelState(StoragePanels.CHAINS, StoragePanels.TEMPLATE, StoragePanels.CHAINS, view,
				digest(view.toString()));
	}

	/** Records print all their content, so equal text means equal pages. */
	static String digest(String content) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
