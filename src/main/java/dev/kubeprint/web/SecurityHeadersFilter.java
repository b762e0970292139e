package dev.kubeprint.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.kubeprint.config.EmbedProperties;

/**
 * Cluster text is escaped by the templates; this is the second line: no inline script can run even if some
 * text slipped through. Nothing may be framed (clickjacking, and a framed page is read by whoever frames it)
 * except embeds and their refreshes under {@value #EMBEDS}, and those only by the configured portals.
 * X-Frame-Options says the same for browsers that ignore frame-ancestors; it has no allow-list, so embeds omit it.
 * First of all filters, so that answers given before any controller (access control's 401, a viewer token's
 * exchange) carry the same headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String EMBEDS = "/embed/";

	private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";

	private final String embedAncestors;

	SecurityHeadersFilter(EmbedProperties embed) {
		this.embedAncestors = embed.frameAncestorsSource();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean embed = request.getRequestURI().startsWith(request.getContextPath() + EMBEDS);
		response.setHeader("Content-Security-Policy", POLICY + (embed ? embedAncestors : "'none'"));
		if (!embed) {
			response.setHeader("X-Frame-Options", "DENY");
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "same-origin");
		chain.doFilter(request, response);
	}

}
