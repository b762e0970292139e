package dev.kubeprint.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.kubeprint.config.EmbedProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Framing: nothing by default, embeds only by the configured portals, and the rest of the app never. */
class SecurityHeadersFilterTests {

	@Test
	void withoutConfiguredPortalsNotEvenAnEmbedMayBeFramed() throws Exception {
		MockHttpServletResponse embed = filter(List.of(), "", "/embed/clusters/demo/panels/diagram");
		assertThat(embed.getHeader("Content-Security-Policy")).endsWith("; frame-ancestors 'none'");
		assertThat(embed.getHeader("X-Frame-Options")).isNull();
	}

	@Test
	void embedsUnderAContextPathAreEmbedsAndNothingElseIs() throws Exception {
		List<String> portal = List.of("https://portal.example.com");
		assertThat(filter(portal, "/kubeprint", "/kubeprint/embed/clusters/demo/panels/diagram")
			.getHeader("Content-Security-Policy")).endsWith("; frame-ancestors https://portal.example.com");
		for (String uri : List.of("/kubeprint/clusters/demo", "/kubeprint/clusters/embed/panels/diagram",
				"/kubeprint/api/clusters/demo/nodes", "/kubeprint/actuator/health", "/kubeprint/embedded")) {
			MockHttpServletResponse response = filter(portal, "/kubeprint", uri);
			assertThat(response.getHeader("Content-Security-Policy")).as(uri).endsWith("; frame-ancestors 'none'");
			assertThat(response.getHeader("X-Frame-Options")).as(uri).isEqualTo("DENY");
			assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		}
	}

	private static MockHttpServletResponse filter(List<String> ancestors, String contextPath, String uri)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.setContextPath(contextPath);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SecurityHeadersFilter(new EmbedProperties(ancestors)).doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void formsMayGoOnToTheIssuerOnlyToSignOut() {
		assertThat(SecurityHeadersFilter.origin("https://login.example.com/realms/sre")).hasValue("https://login.example.com");
		assertThat(SecurityHeadersFilter.origin("http://localhost:9000")).hasValue("http://localhost:9000");
		assertThat(SecurityHeadersFilter.origin("javascript:alert(1)")).isEmpty();
		assertThat(SecurityHeadersFilter.origin("https://a.example.com;script-src *")).isEmpty();
		assertThat(SecurityHeadersFilter.origin(null)).isEmpty();
	}

}
