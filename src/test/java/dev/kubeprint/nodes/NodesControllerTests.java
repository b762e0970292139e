package dev.kubeprint.nodes;

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

/** The nodes page of the demo cluster, its panels and its JSON twin. */
@PageSliceTest
class NodesControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Test
	void pageShowsTheGridTheTableAndKubeProxyMode() throws Exception {
		String html = mvc.perform(get("/clusters/demo/nodes"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("svg class=\"node-grid\"")
			.contains("id=\"node-general-7\"")
			.contains("data-mode=\"ipvs\"")
			.contains("hx-get=\"/clusters/demo/panels/nodes-grid?have=")
			.contains("id=\"nodes-filter\"")
			.contains("hx-get=\"/clusters/demo/nodes/table?page=1&amp;sort=state&amp;have=")
			.contains("class=\"current\">Nodes</a>");
		assertThat(html.indexOf("id=\"node-general-7\"")).as("NotReady first")
			.isLessThan(html.indexOf("id=\"node-memory-4\""));
		assertThat(html.indexOf("id=\"node-memory-4\"")).as("pressured before healthy")
			.isLessThan(html.indexOf("id=\"node-cp-1\""));
		assertThat(html).contains("v1.26.15").contains("DiskPressure=True");
	}

	@Test
	void agentTooltipsSayTheHealthInWords() throws Exception {
		String html = mvc.perform(get("/clusters/demo/panels/nodes-table").header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("title=\"kube-proxy: healthy\"").contains("title=\"CNI: healthy\"").doesNotContain("??");
		mvc.perform(get("/clusters/demo/panels/nodes-table").header("HX-Request", "true").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("title=\"kube-proxy: 健康\"")));
	}

	@Test
	void pageInChinese() throws Exception {
		mvc.perform(get("/clusters/demo/nodes").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("全部节点")))
			.andExpect(content().string(containsString("kube-proxy 模式")));
	}

	@Test
	void eachPanelAlone() throws Exception {
		for (String panel : panelsOf("nodes")) {
			mvc.perform(get("/clusters/demo/panels/" + panel).header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("panel-" + panel)));
		}
	}

	@Test
	void jsonTwinWithETag() throws Exception {
		String etag = mvc.perform(get("/api/clusters/demo/nodes").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].name").value("general-7"))
			.andExpect(jsonPath("$.rows[0].health").value("DOWN"))
			.andExpect(jsonPath("$.rows[1].name").value("memory-4"))
			.andExpect(jsonPath("$.summary.nodes").value(24))
			.andExpect(jsonPath("$.summary.notReady").value(1))
			.andExpect(jsonPath("$.kubeProxy.mode").value("ipvs"))
			.andExpect(jsonPath("$.grid.groups").isArray())
			.andExpect(jsonPath("$.page.total").value(24))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/api/clusters/demo/nodes").header("If-None-Match", etag)).andExpect(status().isNotModified());
		mvc.perform(get("/api/clusters/demo/nodes?sort=name&dir=desc&q=memory-&page=9").header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.page").value(1))
			.andExpect(jsonPath("$.page.sort").value("name"))
			.andExpect(jsonPath("$.page.filter").value("memory-"))
			.andExpect(jsonPath("$.rows[*].pool").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("memory"))));
	}

	private List<String> panelsOf(String path) {
		return pages.page(path).orElseThrow().panels().stream().map(Panel::id).toList();
	}

}
