package dev.kubeprint.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The page for a cluster that does not exist, and HTML errors, for every controller that answers in HTML. */
@ControllerAdvice(assignableTypes = { PageController.class, PanelRefreshController.class, EmbedController.class,
		WallController.class, FleetController.class })
class HtmlErrorAdvice {

	private final VisibleClusters clusters;

	private final ClusterAccess access;

	HtmlErrorAdvice(VisibleClusters clusters, ClusterAccess access) {
		this.clusters = clusters;
		this.access = access;
	}

	/**
	 * A cluster that does not exist and one the reader may not see get the same page, which names neither: only
	 * the clusters the reader may open are listed.
	 */
	@ExceptionHandler(UnknownClusterException.class)
	String unknownCluster(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("clusters", clusters.visible());
		model.addAttribute("openToAnyone", access.openToAnyone());
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
