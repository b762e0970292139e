package dev.kubeprint.config;

import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read what, under {@code kubeprint.access}. The names are the ones issue 12 gives, so that operators and
 * scripts can rely on them.
 *
 * @param mode how people sign in; {@code none} by default, which is refused at startup wherever the app is
 * reachable beyond loopback with a cluster other than the bundled demo, unless {@code allowAnonymous}
 * @param allowAnonymous only meaningful with {@code none} beyond loopback: anyone who reaches the port reads every
 * cluster, and every page says so
 * @param oidc the OpenID Connect issuer and client, for {@code mode: oidc}
 * @param proxy the authenticating proxy in front, for {@code mode: proxy}
 * @param viewerTokens tokens for walls and embeds, in every mode; only their SHA-256 is configured
 * @param metricsTokenSha256 the SHA-256 (hex) of the bearer token /actuator/prometheus asks for; without it the
 * export is open only in mode {@code none}
 */
@ConfigurationProperties("kubeprint.access")
public record AccessProperties(@DefaultValue("none") Mode mode, @DefaultValue("false") boolean allowAnonymous,
		@DefaultValue Oidc oidc, @DefaultValue Proxy proxy, @DefaultValue List<ViewerToken> viewerTokens,
		String metricsTokenSha256) {

	public enum Mode {

		OIDC, PROXY, NONE

	}

	/**
	 * @param clientSecret empty for a public client
	 * @param groupsClaim the ID token or user-info claim that lists the user's groups
	 * @param scopes asked for at sign-in; some issuers (Dex, Okta) send groups only when asked for a "groups" scope
	 */
	public record Oidc(String issuerUri, String clientId, String clientSecret,
			@DefaultValue("groups") String groupsClaim, @DefaultValue({ "openid", "profile" }) List<String> scopes) {
	}

	/**
	 * @param trustedAddresses the proxies' addresses or CIDRs, matched against the connection's own remote
	 * address; headers from anyone else are refused
	 * @param signOutUrl the proxy's own sign-out (oauth2-proxy's {@code /oauth2/sign_out}, Pomerium's
	 * {@code /.pomerium/sign_out} …), shown as the header's sign-out link; none when empty
	 */
	public record Proxy(@DefaultValue List<String> trustedAddresses,
			@DefaultValue("X-Forwarded-User") String userHeader,
			@DefaultValue("X-Forwarded-Groups") String groupsHeader, String signOutUrl) {
	}

	/**
	 * @param name said in the log on every use, never the token itself
	 * @param sha256 hex of the token's SHA-256: {@code printf %s "$TOKEN" | sha256sum}
	 * @param clusters the clusters it opens; {@code *} for every cluster
	 * @param pages the pages it opens by their path ({@code overview}, {@code nodes} …); empty for every page
	 * unless it names panels
	 * @param panels the panels it opens by their declared id ({@code nodes-table} …), each alone: their embed,
	 * their fragment, and nothing else (no page, JSON, fleet or wall); empty for a token scoped by pages
	 * @param expires after this instant the token is refused
	 */
	public record ViewerToken(String name, String sha256, @DefaultValue List<String> clusters,
			@DefaultValue List<String> pages, @DefaultValue List<String> panels, Instant expires) {
	}

}
