package dev.kubeprint.web.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** With anonymous reading allowed beyond loopback, every page and embed says that anyone can read it. */
@SpringBootTest(properties = { "server.address=0.0.0.0", "kubeprint.access.allow-anonymous=true",
		"kubeprint.clusters[0].name=dump", "kubeprint.clusters[0].snapshot=src/test/resources/snapshots/nodes-only" })
@AutoConfigureMockMvc
class AnonymousBannerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageAndEmbedCarriesTheBanner() throws Exception {
		for (String url : new String[] { "/clusters/dump", "/clusters/dump/nodes", "/embed/clusters/dump/panels/nodes-table",
				"/clusters/nowhere" }) {
			String page = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
			assertThat(page).as(url).contains("class=\"anonymous-banner\"").contains("ANYONE CAN READ THIS");
		}
	}

}
