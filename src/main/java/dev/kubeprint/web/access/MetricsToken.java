package dev.kubeprint.web.access;

import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import dev.kubeprint.config.AccessProperties;
import dev.kubeprint.config.AccessProperties.Mode;

/**
 * /actuator/prometheus names clusters and their numbers, so it has a bearer token of its own for the scraper,
 * apart from people's sign-in. Without one configured it is as open as the pages: only in mode none.
 */
class MetricsToken implements AuthorizationManager<RequestAuthorizationContext> {

	private static final String BEARER = "Bearer ";

	private final byte[] hash;

	private final boolean openWithoutToken;

	MetricsToken(AccessProperties access) {
		String configured = access.metricsTokenSha256();
		this.hash = configured == null || configured.isBlank() ? null : Hashes.parse(configured);
		if (configured != null && !configured.isBlank() && hash == null) {
			throw new IllegalStateException("kubeprint.access.metrics-token-sha256 is not 64 hex digits: configure "
					+ "the token's hash, printf %s \"$TOKEN\" | sha256sum");
		}
		this.openWithoutToken = hash == null && access.mode() == Mode.NONE;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		if (hash == null) {
			return new AuthorizationDecision(openWithoutToken);
		}
		String header = context.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
		boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
		return new AuthorizationDecision(bearer && Hashes.matches(header.substring(BEARER.length()).trim(), hash));
	}

}
