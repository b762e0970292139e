package dev.kubeprint.versions;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.testing.PageSliceTest;
import dev.kubeprint.web.Pages;
import dev.kubeprint.web.Panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The versions page of the demo cluster, its panels and its JSON twin. */
@PageSliceTest
class VersionsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Test
	void pageNamesTheOffendingNodeAndHighlightsRowsThatApply() throws Exception {
		String html = mvc.perform(get("/clusters/demo/versions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-node=\"gpu-3\"")
			.doesNotContain("data-node=\"general-11\"")
			.contains("id=\"change-dockershim-runtime\" class=\"applies\"")
			.contains("id=\"change-apparmor-fields\" class=\"not-applies\"")
			.contains("class=\"current\">Versions</a>");
		mvc.perform(get("/clusters/demo/versions").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("版本偏差")));
	}

	@Test
	void eachPanelAlone() throws Exception {
		for (String panel : panelsOf("versions")) {
			mvc.perform(get("/clusters/demo/panels/" + panel).header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("panel-" + panel)));
		}
	}

	@Test
	void jsonTwinWithETag() throws Exception {
		String etag = mvc.perform(get("/api/clusters/demo/versions").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.serverVersion").value("v1.30.6"))
			.andExpect(jsonPath("$.skew.offenders[0].where").value("gpu-3"))
			.andExpect(jsonPath("$.changes[0].check").value("dockershim-runtime"))
			.andExpect(jsonPath("$.changes[0].applies").value(true))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/api/clusters/demo/versions").header("If-None-Match", etag)).andExpect(status().isNotModified());
	}

	private List<String> panelsOf(String path) {
		return pages.page(path).orElseThrow().panels().stream().map(Panel::id).toList();
	}

}
