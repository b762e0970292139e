package dev.kubeprint.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.config.KubeprintProperties;

/** What every page's layout needs, and the page for a cluster that does not exist. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	private final ClusterRegistry clusters;

	private final KubeprintProperties properties;

	private final List<NavigationItem> navigation;

	LayoutModelAdvice(ClusterRegistry clusters, KubeprintProperties properties, List<NavigationItem> navigation) {
		this.clusters = clusters;
		this.properties = properties;
		this.navigation = navigation.stream()
			.sorted(java.util.Comparator.comparingInt(NavigationItem::order))
			.toList();
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		return navigation;
	}

	@ModelAttribute("clusters")
	List<ClusterIdentity> clusters() {
		return clusters.clusters();
	}

	/** The language links keep the reader on the page they are on. */
	@ModelAttribute("requestUri")
	String requestUri(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("refreshSeconds")
	double refreshSeconds() {
		return properties.ui().refreshInterval().toMillis() / 1000.0;
	}

	@ExceptionHandler(UnknownClusterException.class)
	String unknownCluster(UnknownClusterException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("clusters", clusters.clusters());
		model.addAttribute("missing", ex.cluster());
		return "layout/unknown-cluster";
	}

}
