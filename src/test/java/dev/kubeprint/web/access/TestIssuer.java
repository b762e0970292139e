package dev.kubeprint.web.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect issuer for the tests: Spring Authorization Server in its own application on its own port,
 * with discovery, JWKS, the authorization-code flow with PKCE required, a login form, and one user, nora, whose ID
 * token says she is in group noc. Reached as localhost while Kubeprint is reached as 127.0.0.1, so that the two
 * sites' cookies stay apart as they would on two hosts. A test configuration, so that neither the app's component
 * scan nor a test looking for the app's configuration ever picks it up.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class TestIssuer {

	static final String USER = "nora";

	static final String PASSWORD = "nora-password";

	static final String CLIENT_ID = "kubeprint";

	static final String CLIENT_SECRET = "kubeprint-secret";

	@Bean
	UserDetailsService users() {
		return new InMemoryUserDetailsManager(User.withUsername(USER).password("{noop}" + PASSWORD).roles("USER").build());
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> groupsClaim() {
		return (context) -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims().claim("groups", List.of("noc"));
			}
		};
	}

	/** @param clientPort where Kubeprint will listen, for the one redirect URI the issuer accepts */
	static ConfigurableApplicationContext start(int port, int clientPort) {
		String client = "--spring.security.oauth2.authorizationserver.client.kubeprint.";
		return new SpringApplicationBuilder(TestIssuer.class).run("--server.port=" + port,
				"--server.servlet.session.cookie.name=ISSUER_SESSION",
				// Kubeprint's application.yaml is on the classpath too; its readiness group names a Kubeprint bean.
				"--management.endpoint.health.validate-group-membership=false",
				"--spring.security.oauth2.authorizationserver.issuer=" + uri(port),
				client + "registration.client-id=" + CLIENT_ID,
				client + "registration.client-secret={noop}" + CLIENT_SECRET,
				client + "registration.client-authentication-methods=client_secret_basic",
				client + "registration.authorization-grant-types=authorization_code",
				client + "registration.redirect-uris=http://127.0.0.1:" + clientPort + "/login/oauth2/code/kubeprint",
				// Where RP-initiated logout may send the browser back: Kubeprint's "/".
				client + "registration.post-logout-redirect-uris=http://127.0.0.1:" + clientPort + "/",
				client + "registration.scopes=openid,profile", client + "require-proof-key=true",
				client + "require-authorization-consent=false");
	}

	static String uri(int port) {
		return "http://localhost:" + port;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
