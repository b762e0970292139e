package dev.kubeprint.web.access;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static dev.kubeprint.web.access.AccessFixtures.LAB_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An embed behind access control, as a portal's iframe meets it: the viewer token leaves the embed's URL for a
 * cookie a cross-site frame may send (SameSite=None), the embed and its refreshes open with that cookie, and
 * every answer, refusals included, says who may frame it: the portals for embeds, nobody for the rest.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmbedAccessTests {

	private static final String PORTAL = "frame-ancestors https://portal.example.com";

	@DynamicPropertySource
	static void access(DynamicPropertyRegistry registry) {
		AccessFixtures.register(registry, AccessFixtures.CLUSTERS, AccessFixtures.tokens(), """
				kubeprint.access.mode=proxy
				kubeprint.access.proxy.trusted-addresses=10.99.0.0/16
				kubeprint.web.embed.frame-ancestors=https://portal.example.com
				""");
	}

	@Autowired
	MockMvc mvc;

	@Test
	void theTokenBecomesACookieForTheEmbedAndItsRefreshes() throws Exception {
		MockHttpServletResponse exchange = mvc
			.perform(get("/embed/clusters/lab/panels/node-groups?token=" + LAB_TOKEN + "&lang=zh-CN"))
			.andReturn()
			.getResponse();
		assertThat(exchange.getStatus()).isEqualTo(303);
		assertThat(exchange.getRedirectedUrl()).isEqualTo("/embed/clusters/lab/panels/node-groups?lang=zh-CN");
		assertThat(exchange.getHeader("Set-Cookie")).contains("SameSite=None", "Secure", "HttpOnly");
		assertThat(exchange.getHeader("Content-Security-Policy")).endsWith(PORTAL);

		Cookie cookie = new Cookie(ViewerTokenFilter.COOKIE, LAB_TOKEN);
		MockHttpServletResponse embed = mvc.perform(get("/embed/clusters/lab/panels/node-groups?lang=zh-CN").cookie(cookie))
			.andReturn()
			.getResponse();
		assertThat(embed.getStatus()).isEqualTo(200);
		assertThat(embed.getHeader("Content-Security-Policy")).endsWith(PORTAL);
		assertThat(embed.getHeader("X-Frame-Options")).isNull();
		String html = embed.getContentAsString();
		assertThat(html).contains("general-7").doesNotContain(LAB_TOKEN);
		String refresh = html.replaceAll("(?s)^.*?hx-get=\"(/embed/clusters/lab/panels/node-groups[^\"]*)\".*$", "$1")
			.replace("&amp;", "&");
		MockHttpServletResponse unchanged = mvc.perform(get(refresh).header("HX-Request", "true").cookie(cookie))
			.andReturn()
			.getResponse();
		assertThat(unchanged.getStatus()).isEqualTo(204);
		assertThat(unchanged.getHeader("Content-Security-Policy")).endsWith(PORTAL);
	}

	@Test
	void refusalsSayWhoMayFrameThemToo() throws Exception {
		MockHttpServletResponse embed = mvc.perform(get("/embed/clusters/lab/panels/node-groups")).andReturn().getResponse();
		assertThat(embed.getStatus()).isEqualTo(401);
		assertThat(embed.getHeader("Content-Security-Policy")).endsWith(PORTAL);
		MockHttpServletResponse page = mvc.perform(get("/clusters/lab")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(401);
		assertThat(page.getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'none'");
		assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
		// A token for one cluster opens no embed of another, which reads like a cluster that does not exist.
		Cookie lab = new Cookie(ViewerTokenFilter.COOKIE, LAB_TOKEN);
		assertThat(mvc.perform(get("/embed/clusters/zeta-prod/panels/node-groups").cookie(lab))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
