package dev.kubeprint.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.config.KubeprintProperties;

/** What every page's layout needs, for the controllers that render it (see {@link RendersLayout}). */
@ControllerAdvice(annotations = RendersLayout.class)
class LayoutModelAdvice {

	private final VisibleClusters clusters;

	private final Pages pages;

	private final ClusterAccess access;

	private final double refreshSeconds;

	LayoutModelAdvice(VisibleClusters clusters, Pages pages, ClusterAccess access, KubeprintProperties properties) {
		this.clusters = clusters;
		this.pages = pages;
		this.access = access;
		this.refreshSeconds = properties.ui().refreshInterval().toMillis() / 1000.0;
	}

	@ModelAttribute("navigation")
	List<PageDeclaration<?>> navigation() {
		return pages.navigation().stream().filter((page) -> access.maySeePage(page.path())).toList();
	}

	/** Only the clusters this reader may open: the name of any other never reaches the page. */
	@ModelAttribute("clusters")
	List<ClusterIdentity> clusters() {
		return clusters.visible();
	}

	@ModelAttribute("openToAnyone")
	boolean openToAnyone() {
		return access.openToAnyone();
	}

	/** The language links keep the reader on the page they are on. */
	@ModelAttribute("requestUri")
	String requestUri(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("refreshSeconds")
	double refreshSeconds() {
		return refreshSeconds;
	}

}
