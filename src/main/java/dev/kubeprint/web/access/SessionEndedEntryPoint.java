package dev.kubeprint.web.access;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What a page's background refresh gets when its reader is no longer signed in: 401, as for any machine, and for
 * htmx a way back, so that a page left open does not stay frozen on old numbers. With OIDC the page is opened
 * again ({@code HX-Redirect} to the page the reader was on, which then goes through the issuer and comes back to
 * it); behind a proxy it is reloaded ({@code HX-Refresh}), so that the proxy signs the reader in again. Either way
 * the page is first told ({@code HX-Trigger}), so that it says it is signing in again.
 */
final class SessionEndedEntryPoint implements AuthenticationEntryPoint {

	static final String EVENT = "kubeprint-session-ended";

	private final boolean reopen;

	/** @param reopen true to open the page again (OIDC), false to reload it (a proxy signs in) */
	SessionEndedEntryPoint(boolean reopen) {
		this.reopen = reopen;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Trigger", EVENT);
			if (reopen) {
				response.setHeader("HX-Redirect", request.getContextPath() + samePath(request.getHeader("HX-Current-URL"),
						request.getContextPath()));
			}
			else {
				response.setHeader("HX-Refresh", "true");
			}
		}
		response.sendError(HttpStatus.UNAUTHORIZED.value());
	}

	/**
	 * The path and query of the page the reader was on, under this app; "/" for anything else. Only a path, never
	 * a host: the header is the browser's word and must not make a redirect to another site.
	 */
	static String samePath(String currentUrl, String contextPath) {
		if (currentUrl == null) {
			return "/";
		}
		try {
			URI uri = new URI(currentUrl);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//")) {
				return "/";
			}
			path = path.substring(contextPath.length());
			if (path.startsWith("//") || path.contains("\\")) {
				return "/";
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (URISyntaxException ex) {
			return "/";
		}
	}

}
