package dev.kubeprint.etcd;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.kubeprint.web.PanelRenderer;

/** The etcd page. */
@Controller
class EtcdController {

	private static final List<String> PANELS = List.of("etcd-quorum", "etcd-database");

	private final PanelRenderer renderer;

	EtcdController(PanelRenderer renderer) {
		this.renderer = renderer;
	}

	@GetMapping("/clusters/{cluster}/etcd")
	String page(@PathVariable String cluster, Locale locale, Model model) {
		return renderer.page(model, cluster, locale, "/etcd", PANELS, "nav.etcd");
	}

}
