package dev.kubeprint.web.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.LoggedLines;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real Tomcat with forwarded headers on, as Spring Boot turns them on in Kubernetes: a caller who is not
 * the proxy cannot become it by writing X-Forwarded-For, and its forged headers are refused and logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ProxyHeadersTests {

	@DynamicPropertySource
	static void access(DynamicPropertyRegistry registry) {
		AccessFixtures.register(registry, AccessFixtures.CLUSTERS, """
				kubeprint.access.mode=proxy
				kubeprint.access.proxy.trusted-addresses=10.99.0.0/16
				server.forward-headers-strategy=native
				""");
	}

	@RegisterExtension
	final LoggedLines log = new LoggedLines(ProxyHeadersFilter.class);

	@LocalServerPort
	int port;

	@Test
	void xForwardedForDoesNotMakeACallerTheProxy() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/clusters/zeta-prod/nodes"))
				.header("X-Forwarded-For", "10.99.0.5")
				.header("X-Forwarded-User", "mallory")
				.header("X-Forwarded-Groups", "sre")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("general-7").doesNotContain("zeta-prod");
		assertThat(log.lines()).anyMatch((l) -> l.contains("refused") && l.contains("127.0.0.1"));
	}

}
