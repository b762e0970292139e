package dev.kubeprint.web.access;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import dev.kubeprint.web.PanelRenderer;
import dev.kubeprint.web.Pages;
import dev.kubeprint.web.Pages.Placed;
import dev.kubeprint.web.UnknownClusterException;

/**
 * One check for every handler that names a cluster in its path, present and future: a cluster the reader may not
 * see is answered exactly like one that does not exist, so its name cannot be probed for. A page or panel a viewer
 * token does not open is refused; the token's holder knows the cluster already. A token scoped to panels reads
 * nothing that names no cluster (the fleet, the wall, the cluster list): only its panels.
 */
class AccessInterceptor implements HandlerInterceptor {

	private final AccessDecisions access;

	private final Pages pages;

	AccessInterceptor(AccessDecisions access, Pages pages) {
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
			if (!access.mayReadBeyondPanels() && controller(handler)) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This viewer token opens single panels only");
			}
			return true;
		}
		if (!access.maySee(cluster)) {
			throw new UnknownClusterException(cluster);
		}
		String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		if (!allowed(pattern, variables)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Not a page or panel this viewer token opens");
		}
		return true;
	}

	/**
	 * A controller of the app's own, which a token scoped to panels may not read without a panel. Not static
	 * assets (an embed needs its styles and scripts), nor the error page, which says only what went wrong and must
	 * answer whoever was refused.
	 */
	private static boolean controller(Object handler) {
		return handler instanceof HandlerMethod method && !(method.getBean() instanceof ErrorController);
	}

	/**
	 * Whether the reader may read what the request names: a JSON twin or a page as a page, a panel (its fragment,
	 * its embed, a page of a paged panel) as that panel. What names no known page or panel is let through, to be
	 * answered 404 by its handler.
	 */
	private boolean allowed(String pattern, Map<String, String> variables) {
		String path = variables.get("path");
		if (pattern.startsWith("/api/")) {
			if (path == null) {
				// The status as JSON says what the status panel says, which every reader of a cluster's panel sees;
				// any other JSON without a page would hold more than a panel.
				return pattern.endsWith("/status") ? access.maySeePanel(null, PanelRenderer.STATUS)
						: access.mayReadBeyondPanels();
			}
			return pages.json(path).map((p) -> access.maySeePage(p.path())).orElse(true);
		}
		String panel = variables.get("panel");
		if (panel != null) {
			if (PanelRenderer.STATUS.equals(panel)) {
				return access.maySeePanel(null, panel);
			}
			return pages.panel(panel).map((placed) -> access.maySeePanel(placed.page().path(), panel)).orElse(true);
		}
		String part = variables.get("part");
		if (part != null) {
			return pages.pagedPanel(path, part)
				.map((Placed<?> placed) -> access.maySeePanel(placed.page().path(), placed.panel().id()))
				.orElse(access.maySeePage(path));
		}
		return access.maySeePage(path == null ? "" : path);
	}

}
