package dev.kubeprint.network;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.kubeprint.web.PanelRenderer;

/** The network page of a cluster. */
@Controller
class NetworkController {

	static final List<String> PANELS = List.of("network-ranges", "network-cni", "network-ip-use");

	private final PanelRenderer renderer;

	NetworkController(PanelRenderer renderer) {
		this.renderer = renderer;
	}

	@GetMapping("/clusters/{cluster}/network")
	String network(@PathVariable String cluster, Locale locale, Model model) {
		return renderer.page(model, cluster, locale, "/network", PANELS, "network.title");
	}

}
