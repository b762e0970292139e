package dev.kubeprint.web.access;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.config.AccessProperties.ViewerToken;
import dev.kubeprint.testing.LoggedLines;

import static dev.kubeprint.web.access.AccessFixtures.EXPIRED_TOKEN;
import static dev.kubeprint.web.access.AccessFixtures.PROD_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A viewer token is shown once in a URL and leaves it at once for a cookie the page's scripts cannot read; it opens
 * its cluster and pages only, until it expires; every use is logged by the token's name and never by the token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ViewerTokenTests {

	@DynamicPropertySource
	static void access(DynamicPropertyRegistry registry) {
		AccessFixtures.register(registry, AccessFixtures.CLUSTERS, AccessFixtures.tokens(), """
				kubeprint.access.mode=proxy
				kubeprint.access.proxy.trusted-addresses=10.99.0.0/16
				""");
	}

	@RegisterExtension
	final LoggedLines log = new LoggedLines(ViewerTokenFilter.class);

	@Autowired
	MockMvc mvc;

	@Test
	void theTokenLeavesTheUrlForAnHttpOnlySecureCookieThatEmbedsMayUse() throws Exception {
		MockHttpServletResponse exchange = mvc
			.perform(get("/clusters/zeta-prod/nodes?lang=en&token=" + PROD_TOKEN + "&x=1"))
			.andReturn()
			.getResponse();
		assertThat(exchange.getStatus()).isEqualTo(303);
		assertThat(exchange.getRedirectedUrl()).isEqualTo("/clusters/zeta-prod/nodes?lang=en&x=1");
		String cookie = exchange.getHeader("Set-Cookie");
		assertThat(cookie).startsWith(ViewerTokenFilter.COOKIE + "=" + PROD_TOKEN + ";")
			.contains("Path=/")
			.contains("HttpOnly")
			.contains("Secure")
			.contains("SameSite=None")
			.contains("Partitioned")
			.containsPattern("Max-Age=\\d{6,}");
		assertThat(log.lines()).anyMatch((l) -> l.contains("prod-nodes") && l.contains("exchanged"))
			.noneMatch((l) -> l.contains(PROD_TOKEN));
	}

	@Test
	void theCookieOpensItsClusterAndPagesOnly() throws Exception {
		Cookie cookie = new Cookie(ViewerTokenFilter.COOKIE, PROD_TOKEN);
		MockHttpServletResponse nodes = mvc.perform(get("/clusters/zeta-prod/nodes").cookie(cookie)).andReturn().getResponse();
		assertThat(nodes.getStatus()).isEqualTo(200);
		// Navigation offers what the token opens: its page and cluster, not the overview nor the other cluster.
		assertThat(nodes.getContentAsString()).contains("general-7")
			.contains("href=\"/clusters/zeta-prod/nodes\"")
			.doesNotContain("href=\"/clusters/zeta-prod/storage\"")
			.doesNotContain("href=\"/clusters/lab\"");
		assertThat(status("/api/clusters/zeta-prod/nodes", cookie)).isEqualTo(200);
		assertThat(status("/embed/clusters/zeta-prod/panels/nodes-table", cookie)).isEqualTo(200);
		assertThat(status("/clusters/zeta-prod/panels/nodes-table", cookie)).isEqualTo(302);
		assertThat(status("/clusters/zeta-prod", cookie)).isEqualTo(403);
		assertThat(status("/clusters/zeta-prod/panels/diagram", cookie)).isEqualTo(403);
		assertThat(status("/embed/clusters/zeta-prod/panels/diagram", cookie)).isEqualTo(403);
		assertThat(status("/api/clusters/zeta-prod/overview", cookie)).isEqualTo(403);
		assertThat(status("/clusters/lab/nodes", cookie)).isEqualTo(404);
		assertThat(status("/clusters/zeta-prod/nodes", null)).isEqualTo(401);
	}

	/**
	 * Pages are sent from a cache once rendered: a page rendered for a reader who may open every page is never sent
	 * to one whose token opens only this one, nor the other way round.
	 */
	@Test
	void aPageRenderedForOneReaderIsNeverSentToAReaderWhoMayOpenOtherPages() throws Exception {
		String sre = page("/clusters/zeta-prod/nodes", null);
		assertThat(sre).contains("href=\"/clusters/zeta-prod/storage\"").contains("general-7");
		Cookie cookie = new Cookie(ViewerTokenFilter.COOKIE, PROD_TOKEN);
		String token = page("/clusters/zeta-prod/nodes", cookie);
		assertThat(token).contains("general-7").doesNotContain("href=\"/clusters/zeta-prod/storage\"");
		assertThat(page("/clusters/zeta-prod/nodes", null)).isEqualTo(sre);
		assertThat(page("/clusters/zeta-prod/nodes", cookie)).isEqualTo(token);
	}

	/** The page as a signed-in member of sre behind the trusted proxy reads it, or with the token's cookie. */
	private String page(String path, Cookie cookie) throws Exception {
		var request = get(path);
		if (cookie != null) {
			request.cookie(cookie);
		}
		else {
			request.with((r) -> {
				r.setRemoteAddr("10.99.0.5");
				return r;
			}).header("X-Forwarded-User", "alice").header("X-Forwarded-Groups", "sre");
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void expiredAndUnknownTokensAreRefusedAndLoggedByNameOnly() throws Exception {
		MockHttpServletResponse expired = mvc.perform(get("/clusters/zeta-prod?token=" + EXPIRED_TOKEN))
			.andReturn()
			.getResponse();
		assertThat(expired.getStatus()).isEqualTo(401);
		assertThat(expired.getHeader("Set-Cookie")).isNull();
		MockHttpServletResponse held = mvc
			.perform(get("/clusters/zeta-prod").cookie(new Cookie(ViewerTokenFilter.COOKIE, EXPIRED_TOKEN)))
			.andReturn()
			.getResponse();
		assertThat(held.getStatus()).isEqualTo(401);
		assertThat(held.getHeader("Set-Cookie")).contains("Max-Age=0");
		assertThat(status("/clusters/zeta-prod?token=never-configured", null)).isEqualTo(401);
		assertThat(log.lines()).anyMatch((l) -> l.contains("old-wall") && l.contains("expired"))
			.anyMatch((l) -> l.contains("no such token"))
			.noneMatch((l) -> l.contains(EXPIRED_TOKEN) || l.contains("never-configured"));
	}

	@Test
	void aTokenIsValidUntilItsExpiryAndNotAfter() {
		Instant expires = Instant.parse("2027-06-30T00:00:00Z");
		ViewerToken token = new ViewerToken("noc-wall-1", AccessFixtures.sha256("t0ken"), List.of("prod"),
				List.of("overview"), List.of(), expires);
		assertThat(new ViewerTokens(List.of(token), Clock.fixed(expires.minusSeconds(1), ZoneOffset.UTC)).find("t0ken"))
			.hasValueSatisfying((found) -> assertThat(found.valid()).isTrue());
		assertThat(new ViewerTokens(List.of(token), Clock.fixed(expires, ZoneOffset.UTC)).find("t0ken"))
			.hasValueSatisfying((found) -> assertThat(found.valid()).isFalse());
		assertThat(new ViewerTokens(List.of(token), Clock.systemUTC()).find("another")).isEmpty();
	}

	@Test
	void aTokenConfiguredInTheClearOrWithoutScopeOrExpiryStopsTheStart() {
		Instant expires = Instant.parse("2027-06-30T00:00:00Z");
		assertThatThrownBy(() -> new ViewerTokens(
				List.of(new ViewerToken("wall", "the-token-itself", List.of("prod"), List.of(), List.of(), expires)), Clock.systemUTC()))
			.hasMessageContaining("sha256sum");
		assertThatThrownBy(() -> new ViewerTokens(
				List.of(new ViewerToken("wall", AccessFixtures.sha256("t"), List.of(), List.of(), List.of(), expires)), Clock.systemUTC()))
			.hasMessageContaining("clusters");
		assertThatThrownBy(() -> new ViewerTokens(
				List.of(new ViewerToken("wall", AccessFixtures.sha256("t"), List.of("prod"), List.of(), List.of(), null)),
				Clock.systemUTC()))
			.hasMessageContaining("expires");
		assertThatThrownBy(() -> new ViewerTokens(List.of(new ViewerToken("portal", AccessFixtures.sha256("t"),
				List.of("prod"), List.of("nodes"), List.of("nodes-table"), expires)), Clock.systemUTC()))
			.hasMessageContaining("both pages and panels");
	}

	@Test
	void theRedirectNeverLeavesThisSite() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "//elsewhere.example/clusters/prod");
		request.setQueryString("token=abc");
		assertThat(ViewerTokenFilter.withoutToken(request)).isEqualTo("/elsewhere.example/clusters/prod");
	}

	private int status(String url, Cookie cookie) throws Exception {
		var request = get(url);
		return mvc.perform(cookie == null ? request : request.cookie(cookie)).andReturn().getResponse().getStatus();
	}

}
