package dev.kubeprint.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.web.WallRotation.Screen;

/**
 * The NOC wall: one screen after another with no navigation, each screen swapping itself for the next after
 * the configured time, its panels refreshing as on their pages, a banner over all the wall's clusters that are
 * stale or cannot be read, and a clock. Nothing reloads the page: a wall left open for weeks keeps one document.
 */
@Controller
@RendersLayout
class WallController {

	private final WallRotation rotation;

	private final PanelRenderer renderer;

	private final VisibleClusters visible;

	WallController(WallRotation rotation, PanelRenderer renderer, VisibleClusters visible) {
		this.rotation = rotation;
		this.renderer = renderer;
		this.visible = visible;
	}

	@GetMapping("/wall")
	String wall(@RequestParam(name = "screen", defaultValue = "0") int screen, Locale locale, Model model,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("banner", banner());
		screen(screen, locale, model);
		return "layout/wall";
	}

	@HxRequest
	@GetMapping("/wall/screens/{screen}")
	String screenFragment(@PathVariable int screen, Locale locale, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		screen(screen, locale, model);
		return "layout/wall :: screen";
	}

	/** Without htmx a screen is read on the wall itself. */
	@GetMapping("/wall/screens/{screen}")
	String screenLink(@PathVariable int screen) {
		return "redirect:/wall?screen=" + Math.max(0, screen);
	}

	@HxRequest
	@GetMapping("/wall/banner")
	String bannerFragment(@RequestParam(name = "have", required = false) String have, Model model,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		WallBanner banner = banner();
		if (banner.etag().equals(have)) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		model.addAttribute("banner", banner);
		return "layout/wall :: banner";
	}

	private void screen(int number, Locale locale, Model model) {
		List<Screen> screens = rotation.screens(visible.visible());
		model.addAttribute("rotateMillis", rotation.rotateMillis());
		model.addAttribute("screenCount", screens.size());
		if (screens.isEmpty()) {
			return;
		}
		int index = Math.floorMod(number, screens.size());
		Screen screen = screens.get(index);
		String cluster = screen.cluster().name();
		model.addAttribute("index", index);
		model.addAttribute("next", (index + 1) % screens.size());
		model.addAttribute("current", screen.cluster());
		model.addAttribute("page", screen.page());
		model.addAttribute("status", renderer.status(cluster));
		Map<String, PanelState> panels = renderer.panels(cluster, screen.page(), 1, locale);
		model.addAttribute("panels", panels.values());
	}

	/** The wall's clusters whose data is stale or cannot be read, tagged like a panel so that polling costs nothing. */
	private WallBanner banner() {
		List<WallBanner.Trouble> troubles = new ArrayList<>();
		for (ClusterIdentity cluster : rotation.clusters(visible.visible())) {
			StatusView status = (StatusView) renderer.status(cluster.name()).view();
			if (status.stale() || !status.headline().isEmpty()) {
				troubles.add(new WallBanner.Trouble(cluster.name(), status.stale(), status.olderThanStaleness(),
						status.staleAfterSeconds(), status.staleKinds(), status.staleSince(), status.headline()));
			}
		}
		return new WallBanner(troubles, PanelRenderer.digest(troubles.toString()));
	}

	/**
	 * @param troubles in the wall's order
	 * @param etag a digest of the troubles
	 */
	record WallBanner(List<Trouble> troubles, String etag) {

		/**
		 * @param olderThanStaleness the whole cluster's data is older than the staleness, not only some kinds'
		 * @param staleKinds the kinds not refreshed, when only some are stale
		 * @param staleSince when the first of those was last current, or null
		 * @param reason why it cannot be read, in the source's words; empty when it is only stale
		 */
		record Trouble(String cluster, boolean stale, boolean olderThanStaleness, long staleAfterSeconds,
				String staleKinds, Instant staleSince, String reason) {
		}

	}

}
