package dev.kubeprint.web.access;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Viewer tokens for walls and embeds. A token is presented once as {@code ?token=} and exchanged for an HttpOnly
 * cookie, then the browser is sent to the same URL without it, so the token does not stay in the address bar, the
 * history or a Referer. The cookie holds the token itself and is checked against the configuration on every
 * request: removing the token from the configuration revokes it at once, and its expiry holds whatever the cookie
 * says. Not a bean: Spring Boot would also register it as a servlet filter outside the security chain.
 */
class ViewerTokenFilter extends OncePerRequestFilter {

	static final String PARAMETER = "token";

	static final String COOKIE = "kubeprint-viewer";

	/** Told to a page whose token ended while it refreshed, so that it drops its panels and says so. */
	static final String ACCESS_ENDED = "kubeprint-access-ended";

	/**
	 * Browsers keep a cookie at most 400 days whatever it asks for; the token's own expiry is checked on every
	 * request anyway.
	 */
	private static final Duration LONGEST = Duration.ofDays(400);

	private static final Logger log = LoggerFactory.getLogger(ViewerTokenFilter.class);

	private final ViewerTokens tokens;

	private final Clock clock;

	private final TokenUses uses;

	ViewerTokenFilter(ViewerTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
		this.uses = new TokenUses(clock);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getParameter(PARAMETER);
		if (presented != null) {
			exchange(presented, request, response);
			return;
		}
		String held = cookie(request);
		if (held != null && !signedIn()) {
			ViewerTokens.Found found = tokens.find(held).orElse(null);
			if (found == null || !found.valid()) {
				log.warn("viewer token cookie refused from {}: {}", request.getRemoteAddr(),
						found == null ? "no such token (revoked?)" : "token " + found.token().name() + " expired");
				if (request.getHeader("HX-Request") != null) {
					// A wall or embed left open must not go on showing what it last got as if it were current. The
					// cookie stays for its other refreshes: cleared, the next one would come in anonymous and, behind
					// a proxy, be told to reload the page, which would replace "access ended" with an error page.
					response.setHeader("HX-Trigger", ACCESS_ENDED);
				}
				else {
					response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
				}
				response.sendError(HttpStatus.UNAUTHORIZED.value());
				return;
			}
			uses.used(found.token().name(), request.getRemoteAddr(), request.getRequestURI());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new ViewerAuthentication(found.viewer()));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private void exchange(String presented, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ViewerTokens.Found found = tokens.find(presented).orElse(null);
		if (found == null || !found.valid()) {
			log.warn("viewer token refused from {}: {}", request.getRemoteAddr(),
					found == null ? "no such token" : "token " + found.token().name() + " expired at "
							+ found.token().expires());
			response.sendError(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		log.info("viewer token {} exchanged for a cookie from {} for {}", found.token().name(),
				request.getRemoteAddr(), request.getRequestURI());
		Duration left = Duration.between(clock.instant(), found.token().expires());
		response.addHeader(HttpHeaders.SET_COOKIE,
				cookie(presented, left.compareTo(LONGEST) > 0 ? LONGEST : left).toString());
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, withoutToken(request));
	}

	/**
	 * Secure and SameSite=None so that a portal on another origin can frame a panel with it; browsers treat
	 * http://localhost as secure, so it works there too. Partitioned (CHIPS) because browsers that block
	 * third-party cookies (Chromium does now) still keep a partitioned one for the frame, under the portal's site:
	 * without it an embed on another site got in with its token once and was refused on its next request
	 * (EmbedAcrossOriginsBrowserTests).
	 */
	private static ResponseCookie cookie(String value, Duration maxAge) {
		return ResponseCookie.from(COOKIE, value)
			.path("/")
			.httpOnly(true)
			.secure(true)
			.sameSite("None")
			.partitioned(true)
			.maxAge(maxAge)
			.build();
	}

	/**
	 * The same path and parameters without the token. Only the path of this request, never a host: a request for
	 * //elsewhere must not become a redirect to another site.
	 */
	static String withoutToken(HttpServletRequest request) {
		String path = "/" + request.getRequestURI().replaceFirst("^/+", "");
		String query = request.getQueryString() == null ? ""
				: Arrays.stream(request.getQueryString().split("&"))
					.filter((p) -> !p.isEmpty() && !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="))
					.collect(Collectors.joining("&"));
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies == null ? null
				: Arrays.stream(cookies)
					.filter((c) -> COOKIE.equals(c.getName()) && !c.getValue().isEmpty())
					.map(Cookie::getValue)
					.findFirst()
					.orElse(null);
	}

	/** A user who signed in keeps their own identity; the cookie opens nothing more for them. */
	private static boolean signedIn() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
	}

}
