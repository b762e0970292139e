package dev.kubeprint.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;

/**
 * The fleet: "/" shows one tile per cluster the reader may see, worst first, filtered by the query's
 * {@code q} (name) and {@code state}, so that the filter works without JavaScript and htmx only makes it live.
 * With one cluster "/" opens that cluster, as it always did.
 */
@Controller
@RendersLayout
class FleetController {

	private final VisibleClusters visible;

	private final PanelRenderer renderer;

	private final ClusterRegistry clusters;

	private final ObjectProvider<FleetDeclaration<?, ?>> declaration;

	private final Clock clock;

	FleetController(VisibleClusters visible, PanelRenderer renderer, ClusterRegistry clusters,
			ObjectProvider<FleetDeclaration<?, ?>> declaration, Clock clock) {
		this.visible = visible;
		this.renderer = renderer;
		this.clusters = clusters;
		this.declaration = declaration;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "state", required = false) String state, Locale locale, Model model,
			HttpServletResponse response) {
		List<ClusterIdentity> shown = visible.visible();
		FleetDeclaration<?, ?> fleet = declaration.getIfUnique();
		// With one cluster there is nothing to compare: its own page. A reader who may see none gets an empty fleet,
		// never a redirect that would name a cluster.
		if ((fleet == null || clusters.clusters().size() <= 1) && !shown.isEmpty()) {
			return "redirect:/clusters/" + UriUtils.encodePathSegment(shown.get(0).name(), StandardCharsets.UTF_8);
		}
		if (fleet == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No cluster to show");
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("fleet", fleet);
		model.addAttribute("tiles", tiles(fleet, text, state, locale));
		return fleet.template();
	}

	@HxRequest
	@GetMapping("/fleet/tiles")
	String tilesFragment(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "have", required = false) String have, Locale locale, Model model,
			HttpServletResponse response) {
		FleetDeclaration<?, ?> fleet = fleet();
		Tiles tiles = tiles(fleet, text, state, locale);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (tiles.etag().equals(have)) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		model.addAttribute("fleet", fleet);
		model.addAttribute("tiles", tiles);
		return fleet.template() + " :: tiles";
	}

	/** Without htmx the tiles are read on the fleet page, with the same filter. */
	@GetMapping("/fleet/tiles")
	String tilesLink(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "state", required = false) String state) {
		return "redirect:" + UriComponentsBuilder.fromPath("/")
			.queryParamIfPresent("q", Optional.ofNullable(text).filter((t) -> !t.isBlank()))
			.queryParamIfPresent("state", Optional.ofNullable(state).filter((s) -> !s.isBlank()))
			.encode()
			.toUriString();
	}

	@GetMapping(path = "/api/clusters", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> json(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "state", required = false) String state, Locale locale, WebRequest request) {
		Tiles tiles = tiles(fleet(), text, state, locale);
		String etag = "\"" + tiles.etag() + "-" + locale.toLanguageTag() + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(Map.of("clusters", tiles.tiles()));
	}

	private FleetDeclaration<?, ?> fleet() {
		FleetDeclaration<?, ?> fleet = declaration.getIfUnique();
		if (fleet == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No fleet page is declared");
		}
		return fleet;
	}

	/** Each cluster's facts are read once, so that a tile's basis and its live part describe one snapshot. */
	private <B, T> Tiles tiles(FleetDeclaration<B, T> fleet, String text, String state, Locale locale) {
		List<T> tiles = new ArrayList<>();
		for (ClusterIdentity cluster : visible.visible()) {
			ClusterFacts facts = renderer.source(cluster.name()).facts();
			T tile = fleet.tile().tile(facts, renderer.view(facts, fleet.basis(), locale), clock.instant());
			if (fleet.filter().matches(tile, text, state)) {
				tiles.add(tile);
			}
		}
		tiles.sort(fleet.order());
		String shownState = state != null && fleet.states().contains(state) ? state : "";
		String shownText = text == null ? "" : text;
		return new Tiles(List.copyOf(tiles), shownText, shownState, visible.visible().size(),
				PanelRenderer.digest(tiles + "|" + shownText + "|" + shownState));
	}

	/**
	 * @param text the filter's words as the reader typed them, for the form to show again
	 * @param state the chosen state, "" when none or not one of the declared states
	 * @param total how many clusters there are to see, filtered or not
	 */
	record Tiles(List<?> tiles, String text, String state, int total, String etag) {
	}

}
