package dev.kubeprint.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.kubeprint.config.AccessProperties;
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
			+ "object-src 'none'; base-uri 'none'; form-action 'self'%s; frame-ancestors ";

	private final String embedAncestors;

	private final String policy;

	SecurityHeadersFilter(EmbedProperties embed) {
		this(embed, (String) null);
	}

	/**
	 * @param issuerUri with OIDC, the issuer: signing out posts a form whose answer sends the browser on to the
	 * issuer's end-session endpoint, a redirect that form-action must allow or the browser stops on the way out
	 */
	@Autowired
	SecurityHeadersFilter(EmbedProperties embed, AccessProperties access) {
		this(embed, access.mode() == AccessProperties.Mode.OIDC ? access.oidc().issuerUri() : null);
	}

	private SecurityHeadersFilter(EmbedProperties embed, String issuerUri) {
		this.embedAncestors = embed.frameAncestorsSource();
		this.policy = POLICY.formatted(origin(issuerUri).map((o) -> " " + o).orElse(""));
	}

	/** scheme://host[:port] of an http(s) URI; nothing for anything else, which no policy should carry. */
	static Optional<String> origin(String uri) {
		if (uri == null) {
			return Optional.empty();
		}
		try {
			URI parsed = new URI(uri.trim());
			String scheme = parsed.getScheme();
			if (parsed.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))
					|| !parsed.getHost().matches("[A-Za-z0-9.-]+")) {
				return Optional.empty();
			}
			return Optional.of(scheme + "://" + parsed.getHost() + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort()));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean embed = request.getRequestURI().startsWith(request.getContextPath() + EMBEDS);
		response.setHeader("Content-Security-Policy", policy + (embed ? embedAncestors : "'none'"));
		if (!embed) {
			response.setHeader("X-Frame-Options", "DENY");
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "same-origin");
		chain.doFilter(request, response);
	}

}
