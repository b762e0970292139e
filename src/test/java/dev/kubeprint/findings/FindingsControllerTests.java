package dev.kubeprint.findings;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.testing.PageSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The findings page of the demo cluster, its panels alone, its JSON twin, and the links from other panels. */
@PageSliceTest
class FindingsControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pageCountsEveryLevelAndShowsEachFindingWithItsAnchorAndPanel() throws Exception {
		String html = mvc.perform(get("/clusters/demo/findings"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("class=\"current\">Findings</a>")
			.contains("data-level=\"critical\"")
			.contains("data-level=\"ok\"")
			.contains("class=\"finding ")
			.contains("id=\"finding-scale-limit-")
			.contains("href=\"/clusters/demo/scale#panel-scale-gauges\"")
			.doesNotContain("class=\"panel-findings");
		mvc.perform(get("/clusters/demo/findings").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("检查结果")))
			.andExpect(content().string(containsString("正常")));
	}

	@Test
	void eachPanelAloneAndTheListPageByPage() throws Exception {
		for (String panel : new String[] { "findings-summary", "findings-list" }) {
			mvc.perform(get("/clusters/demo/panels/" + panel).header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("panel-" + panel)));
		}
		mvc.perform(get("/clusters/demo/findings/list").param("page", "2").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("panel-findings-list")));
	}

	@Test
	void jsonTwinSaysLevelsInLowerCaseWithAnETag() throws Exception {
		String etag = mvc.perform(get("/api/clusters/demo/findings").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts[0].level").value("critical"))
			.andExpect(jsonPath("$.counts[4].level").value("ok"))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.pageSize").value(FindingsView.PAGE_SIZE))
			.andExpect(jsonPath("$.findings[*].level", everyItem(in(new String[] { "critical", "warning", "unknown",
					"info", "ok" }))))
			.andExpect(jsonPath("$.findings[0].check").isString())
			.andExpect(jsonPath("$.findings[*].panel.panel", everyItem(not("findings-list"))))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/api/clusters/demo/findings").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void aPanelWithFindingsLinksToThem() throws Exception {
		String html = mvc.perform(get("/clusters/demo/scale")).andReturn().getResponse().getContentAsString();
		assertThat(html).containsPattern(
				"class=\"panel-findings[^\"]*\"[^>]*>\\s*<a href=\"/clusters/demo/findings\\?page=1#finding-scale-limit-[^\"]+\">");
		assertThat(html).contains("ok</span>").contains("— findings");
		mvc.perform(get("/clusters/demo/panels/scale-gauges").header("HX-Request", "true"))
			.andExpect(content().string(containsString("class=\"panel-findings")));
	}

}
