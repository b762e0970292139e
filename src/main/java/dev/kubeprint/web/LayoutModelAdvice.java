package dev.kubeprint.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.config.KubeprintProperties;

/** What every page's layout needs, the page for a cluster that does not exist, and HTML errors for HTML pages. */
@ControllerAdvice(assignableTypes = { PageController.class, EmbedController.class, WallController.class,
		FleetController.class })
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

	/**
	 * A cluster that does not exist and one the reader may not see get the same page, which names neither: only
	 * the clusters the reader may open are listed.
	 */
	@ExceptionHandler(UnknownClusterException.class)
	String unknownCluster(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("clusters", clusters());
		model.addAttribute("openToAnyone", openToAnyone());
		return "layout/unknown-cluster";
	}

	/**
	 * A bad parameter (?page=abc) on a page a browser reads gets the error page, whatever the caller accepts;
	 * left to Spring's error controller a caller without Accept: text/html would get JSON.
	 */
	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView badParameter() {
		ModelAndView error = new ModelAndView("error", HttpStatus.BAD_REQUEST);
		error.addObject("status", HttpStatus.BAD_REQUEST.value());
		error.addObject("error", HttpStatus.BAD_REQUEST.getReasonPhrase());
		return error;
	}

}
