package dev.kubeprint.web.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.kubeprint.config.AccessProperties;
import dev.kubeprint.config.AccessProperties.Mode;
import dev.kubeprint.web.RendersLayout;
import dev.kubeprint.web.SignOutLink;

/**
 * The header's sign-out, for whoever signed in: with OIDC a form posting to /logout (with its CSRF token), which
 * ends the session here and, where the issuer announces an end-session endpoint, the issuer's too, so that the
 * next visit asks for a password again; behind a proxy, the proxy's own sign-out URL when one is configured, since
 * only the proxy holds the session. Nothing for viewer tokens or anonymous readers: there is no one to sign out.
 * Only pages in the layout show it; panels' polls and JSON do not ask for it (see {@link RendersLayout}).
 */
@ControllerAdvice(annotations = RendersLayout.class)
class SignOut {

	private final Mode mode;

	private final String proxyUrl;

	SignOut(AccessProperties access) {
		this.mode = access.mode();
		this.proxyUrl = access.proxy().signOutUrl();
		if (proxyUrl != null && !proxyUrl.isBlank() && !proxyUrl.matches("^(https?://[^\\s]+|/[^/\\\\\\s][^\\s]*|/)$")) {
			throw new IllegalStateException("kubeprint.access.proxy.sign-out-url is '" + proxyUrl
					+ "': give an http(s) URL or a path on this site, e.g. /oauth2/sign_out for oauth2-proxy");
		}
	}

	@ModelAttribute("signOut")
	SignOutLink signOut() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (mode == Mode.OIDC && current instanceof OAuth2AuthenticationToken) {
			return new SignOutLink(true, "/logout");
		}
		boolean proxyUser = current instanceof ViewerAuthentication viewer && !viewer.viewer().token();
		if (mode == Mode.PROXY && proxyUser && proxyUrl != null && !proxyUrl.isBlank()) {
			return new SignOutLink(false, proxyUrl);
		}
		return null;
	}

	/** Back to "/" after the issuer's sign-out, or at once when it has none; "/" then asks to sign in. */
	static LogoutSuccessHandler issuerLogout(ClientRegistrationRepository registrations) {
		OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		handler.setPostLogoutRedirectUri("{baseUrl}/");
		return handler;
	}

}
