package dev.kubeprint.web.access;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a page's refresh is told when its reader is no longer let in: behind a proxy, to reload (the proxy signs
 * in again), with a viewer token that ended, that access ended; JSON callers and full pages get a plain 401. The
 * header's sign-out link behind a proxy is the proxy's own, for its users only. OIDC's own door, and its sign-out,
 * are shown in a real browser against a real issuer (OidcLoginBrowserTests).
 */
class SessionEndedTests {

	@Test
	void theWayBackIsAPathOfThisSiteOnly() {
		assertThat(SessionEndedEntryPoint.samePath("http://127.0.0.1:8080/clusters/lab/nodes?page=2", ""))
			.isEqualTo("/clusters/lab/nodes?page=2");
		assertThat(SessionEndedEntryPoint.samePath("https://kp.example.com/kp/wall?screen=3", "/kp"))
			.isEqualTo("/wall?screen=3");
		assertThat(SessionEndedEntryPoint.samePath("https://kp.example.com//evil.example.com/x", "")).isEqualTo("/");
		assertThat(SessionEndedEntryPoint.samePath("https://kp.example.com/elsewhere", "/kp")).isEqualTo("/");
		assertThat(SessionEndedEntryPoint.samePath("not a url", "")).isEqualTo("/");
		assertThat(SessionEndedEntryPoint.samePath(null, "")).isEqualTo("/");
	}

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class BehindAProxy {

		@DynamicPropertySource
		static void access(DynamicPropertyRegistry registry) {
			AccessFixtures.register(registry, AccessFixtures.CLUSTERS, AccessFixtures.tokens(), """
					kubeprint.access.mode=proxy
					kubeprint.access.proxy.trusted-addresses=10.99.0.0/16
					kubeprint.access.proxy.sign-out-url=/oauth2/sign_out
					""");
		}

		@Autowired
		MockMvc mvc;

		@Test
		void aRefreshWithoutTheProxysHeadersReloadsThePageSoThatTheProxySignsIn() throws Exception {
			MockHttpServletResponse refresh = mvc
				.perform(get("/clusters/lab/panels/node-groups").header("HX-Request", "true")
					.header("HX-Current-URL", "http://kp.example.com/clusters/lab"))
				.andReturn()
				.getResponse();
			assertThat(refresh.getStatus()).isEqualTo(401);
			assertThat(refresh.getHeader("HX-Refresh")).isEqualTo("true");
			assertThat(refresh.getHeader("HX-Trigger")).isEqualTo(SessionEndedEntryPoint.EVENT);
			MockHttpServletResponse json = mvc.perform(get("/api/clusters/lab/nodes")).andReturn().getResponse();
			assertThat(json.getStatus()).isEqualTo(401);
			assertThat(json.getHeader("HX-Refresh")).isNull();
		}

		@Test
		void aRefreshWhoseTokenEndedIsToldAccessEnded() throws Exception {
			for (String token : new String[] { AccessFixtures.EXPIRED_TOKEN, "a-token-since-removed" }) {
				MockHttpServletResponse refresh = mvc
					.perform(get("/embed/clusters/zeta-prod/panels/nodes-table").header("HX-Request", "true")
						.cookie(new Cookie(ViewerTokenFilter.COOKIE, token)))
					.andReturn()
					.getResponse();
				assertThat(refresh.getStatus()).isEqualTo(401);
				assertThat(refresh.getHeader("HX-Trigger")).isEqualTo(ViewerTokenFilter.ACCESS_ENDED);
				assertThat(refresh.getContentAsString()).doesNotContain("general-7");
				// Kept, so that the page's other refreshes are refused the same way: without it they would come in
				// anonymous and behind this proxy be told to reload, replacing "access ended" with an error page.
				assertThat(refresh.getHeader("Set-Cookie")).isNull();
				assertThat(refresh.getHeader("HX-Refresh")).isNull();
			}
		}

		@Test
		void theProxysSignOutIsOfferedToItsUsersNotToTokens() throws Exception {
			String page = mvc.perform(get("/clusters/lab").header("X-Forwarded-User", "nora")
				.header("X-Forwarded-Groups", "noc")
				.with((r) -> {
					r.setRemoteAddr("10.99.3.4");
					return r;
				})).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("<a class=\"sign-out\" href=\"/oauth2/sign_out\">Sign out</a>");
			String wall = mvc.perform(get("/clusters/lab").cookie(new Cookie(ViewerTokenFilter.COOKIE, AccessFixtures.LAB_TOKEN)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(wall).contains("general-7").doesNotContain("sign-out");
		}

	}

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class WithoutSignIn {

		@DynamicPropertySource
		static void access(DynamicPropertyRegistry registry) {
			registry.add("kubeprint.access.mode", () -> "none");
		}

		@Autowired
		MockMvc mvc;

		@Test
		void nobodyIsOfferedASignOut() throws Exception {
			String page = mvc.perform(get("/clusters/demo")).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("class=\"topbar\"").doesNotContain("sign-out");
		}

	}

}
