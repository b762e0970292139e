package dev.kubeprint.web.access;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import dev.kubeprint.web.ClusterAccess;
import dev.kubeprint.web.PanelRenderer;
import dev.kubeprint.web.Pages;
import dev.kubeprint.web.UnknownClusterException;

/**
 * One check for every handler that names a cluster in its path, present and future: a cluster the reader may not
 * see is answered exactly like one that does not exist, so its name cannot be probed for. A page a viewer token
 * does not open is refused; the token's holder knows the cluster already.
 */
class AccessInterceptor implements HandlerInterceptor {

	private final ClusterAccess access;

	private final Pages pages;

	AccessInterceptor(ClusterAccess access, Pages pages) {
		this.access = access;
		this.pages = pages;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String cluster = variables == null ? null : variables.get("cluster");
		if (cluster == null) {
			return true;
		}
		if (!access.maySee(cluster)) {
			throw new UnknownClusterException(cluster);
		}
		String page = page(String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)),
				variables);
		if (page != null && !access.maySeePage(page)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Not a page this viewer token opens");
		}
		return true;
	}

	/** The page a request reads, by its declared path; null when it names none (unknown ones answer 404 later). */
	private String page(String pattern, Map<String, String> variables) {
		String path = variables.get("path");
		if (pattern.startsWith("/api/")) {
			return path == null ? null : pages.json(path).map((p) -> p.path()).orElse(null);
		}
		String panel = variables.get("panel");
		if (panel != null) {
			// The status panel belongs to every page.
			return PanelRenderer.STATUS.equals(panel) ? null
					: pages.panel(panel).map((placed) -> placed.page().path()).orElse(null);
		}
		return path == null ? "" : path;
	}

}
