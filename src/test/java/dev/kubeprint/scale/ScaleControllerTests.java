package dev.kubeprint.scale;

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

/** The scale page of the demo cluster, its panels and its JSON twin. */
@PageSliceTest
class ScaleControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Test
	void pageShowsAGaugePerDimensionWithBothThresholds() throws Exception {
		String html = mvc.perform(get("/clusters/demo/scale"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"scale-nodes\"")
			.contains("id=\"scale-secret-size\"")
			.contains("svg class=\"gauge\"")
			.contains("thresholds.md")
			.contains("apiserver_storage_objects")
			.contains("class=\"current\">Scale limits</a>");
		mvc.perform(get("/clusters/demo/scale").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("生产建议")));
	}

	@Test
	void eachPanelAlone() throws Exception {
		for (String panel : panelsOf("scale")) {
			mvc.perform(get("/clusters/demo/panels/" + panel).header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("panel-" + panel)));
		}
	}

	@Test
	void jsonTwinWithETag() throws Exception {
		String etag = mvc.perform(get("/api/clusters/demo/scale").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dimensions[0].id").value("nodes"))
			.andExpect(jsonPath("$.dimensions[0].value").value(24))
			.andExpect(jsonPath("$.dimensions[0].level").value("GREEN"))
			.andExpect(jsonPath("$.dimensions[0].limit").value(5000))
			.andExpect(jsonPath("$.dimensions[7].id").value("secret-size"))
			.andExpect(jsonPath("$.objects").isArray())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/api/clusters/demo/scale").header("If-None-Match", etag)).andExpect(status().isNotModified());
	}

	private List<String> panelsOf(String path) {
		return pages.page(path).orElseThrow().panels().stream().map(Panel::id).toList();
	}

}
