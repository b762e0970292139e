package dev.kubeprint.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The same panel URL serves htmx (fragment or 204) and portals (a page of its own). */
// The demo is pinned: with nothing configured a developer's own kubeconfig would be picked up instead.
@SpringBootTest(properties = "kubeprint.clusters[0].demo=true")
@AutoConfigureMockMvc
class PanelControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void htmxGetsTheFragmentAloneThenNothingWhileItIsUnchanged() throws Exception {
		MvcResult first = mvc.perform(get("/clusters/demo/panels/diagram").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", "HX-Request"))
			.andReturn();
		String html = first.getResponse().getContentAsString();
		assertThat(html).startsWith("<section").doesNotContain("<html").contains("kube-apiserver");
		String etag = html.replaceAll("(?s).*data-etag=\"([0-9a-f]+)\".*", "$1");
		assertThat(etag).hasSize(24);
		mvc.perform(get("/clusters/demo/panels/diagram").param("have", etag).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect(content().string(""));
		mvc.perform(get("/clusters/demo/panels/diagram").param("have", "somethingolder").header("HX-Request", "true"))
			.andExpect(status().isOk());
	}

	@Test
	void withoutHtmxThePanelIsAnEmbeddablePage() throws Exception {
		String html = mvc.perform(get("/clusters/demo/panels/control-plane-components"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors *")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<html").contains("htmx.min.js").contains("id=\"component-etcd\"");
	}

	@Test
	void fullPagesMayOnlyBeFramedByKubeprint() throws Exception {
		mvc.perform(get("/clusters/demo"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'self'")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
	}

	@Test
	void unknownPanelsAndClustersAre404WithoutAStackTrace() throws Exception {
		mvc.perform(get("/clusters/demo/panels/nope").header("HX-Request", "true")).andExpect(status().isNotFound());
		String html = mvc.perform(get("/clusters/nowhere/panels/diagram"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("nowhere").contains("href=\"/clusters/demo\"").doesNotContain("Exception");
	}

}
