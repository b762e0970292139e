package dev.kubeprint.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.testing.PageSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A panel for a portal's iframe: minimal chrome, refreshes on its own URL in its own language, framed only by
 * the configured portals, and whatever a cluster's name says stays text.
 */
@PageSliceTest(properties = { "kubeprint.clusters[0].demo=true",
		"kubeprint.clusters[1].name=<img src=x onerror=alert(1)>",
		"kubeprint.clusters[1].snapshot=src/test/resources/fixtures/real-apiserver-v1.28",
		"kubeprint.web.embed.frame-ancestors=https://portal.example.com,https://*.intra.example.com:8443" })
class EmbedControllerTests {

	private static final String ANCESTORS = "frame-ancestors https://portal.example.com https://*.intra.example.com:8443";

	@Autowired
	MockMvc mvc;

	@Test
	void theEmbedIsThePanelItsDataAgeAndALinkBackWithoutNavigation() throws Exception {
		String html = mvc.perform(get("/embed/clusters/demo/panels/cp-components"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<body class=\"embed\">", "id=\"panel-cp-components\"", "id=\"panel-status\"",
				"class=\"status-bar", "<base target=\"_blank\">", "href=\"/clusters/demo/control-plane#panel-cp-components\"",
				"Open demo in Kubeprint")
			.contains("hx-get=\"/embed/clusters/demo/panels/cp-components?have=")
			.contains("hx-get=\"/embed/clusters/demo/panels/status?have=")
			.doesNotContain("class=\"topbar\"", "nav class=\"pages\"", "hx-get=\"/clusters/");
	}

	@Test
	void theStatusPanelAloneIsShownOnceAndLinksToTheOverview() throws Exception {
		String html = mvc.perform(get("/embed/clusters/demo/panels/status")).andReturn().getResponse().getContentAsString();
		assertThat(html.split("id=\"panel-status\"", -1)).hasSize(2);
		assertThat(html).contains("href=\"/clusters/demo#panel-status\"");
	}

	@Test
	void theEmbedAndItsRefreshesMayBeFramedByTheConfiguredPortalsOnly() throws Exception {
		mvc.perform(get("/embed/clusters/demo/panels/diagram"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.endsWith(ANCESTORS)))
			.andExpect(header().doesNotExist("X-Frame-Options"));
		String fragment = mvc.perform(get("/embed/clusters/demo/panels/diagram").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.endsWith(ANCESTORS)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<section").contains("hx-get=\"/embed/clusters/demo/panels/diagram?have=");
		String etag = fragment.replaceAll("(?s)^.*?data-etag=\"([0-9a-f]+)\".*", "$1");
		mvc.perform(get("/embed/clusters/demo/panels/diagram").param("have", etag).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.endsWith(ANCESTORS)));
		mvc.perform(get("/clusters/demo/panels/diagram").header("HX-Request", "true"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.endsWith("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void theLanguageTravelsInTheRefreshUrlBecauseAFrameMayGetNoCookies() throws Exception {
		String html = mvc.perform(get("/embed/clusters/demo/panels/cp-components").param("lang", "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html lang=\"zh-CN\"", "在 Kubeprint 中打开 demo")
			.contains("/embed/clusters/demo/panels/cp-components?have=")
			.containsPattern("hx-get=\"/embed/clusters/demo/panels/cp-components\\?have=[0-9a-f]+&amp;lang=zh-CN\"");
		String english = mvc.perform(get("/embed/clusters/demo/panels/cp-components").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Open demo in Kubeprint").contains("&amp;lang=en\"");
	}

	@Test
	void aHostileClusterNameIsTextInTheTitleTheLinkAndTheRefreshUrls() throws Exception {
		String html = mvc.perform(get("/embed/clusters/{c}/panels/summary", "<img src=x onerror=alert(1)>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;")
			.contains("hx-get=\"/embed/clusters/%3Cimg%20src=x%20onerror=alert(1)%3E/panels/summary?have=");
	}

	@Test
	void unknownPanelsAndClustersAre404() throws Exception {
		mvc.perform(get("/embed/clusters/demo/panels/nope")).andExpect(status().isNotFound());
		mvc.perform(get("/embed/clusters/demo/panels/nope").header("HX-Request", "true")).andExpect(status().isNotFound());
		mvc.perform(get("/embed/clusters/nowhere/panels/diagram"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
	}

}
