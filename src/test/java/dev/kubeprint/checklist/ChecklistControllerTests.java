package dev.kubeprint.checklist;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.testing.PageSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The checklist page of the demo cluster, its two panels and its JSON twin. */
@PageSliceTest
class ChecklistControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pageShowsTheItemsInTheReferencesOrderWithTheirLevels() throws Exception {
		String html = mvc.perform(get("/clusters/demo/checklist"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("class=\"current\">Checklist</a>")
			.contains("id=\"panel-checklist-control-plane\"", "id=\"panel-checklist-workers\"")
			.contains("kubectl get componentstatuses", "ipvsadm -Ln")
			.contains("kubectl describe node general-7 | grep -A 10 Conditions")
			.contains("href=\"/clusters/demo/etcd#panel-etcd-database\"")
			.contains("href=\"/clusters/demo/nodes#panel-nodes-table\"")
			.contains("data-level=\"critical\"", "data-level=\"warning\"", "data-level=\"ok\"", "data-level=\"unknown\"")
			.contains("run on the node");
		assertThat(html.indexOf("id=\"check-checklist.componentstatuses\""))
			.isLessThan(html.indexOf("id=\"check-checklist.readyz\""));
		assertThat(html.indexOf("id=\"check-checklist.etcd-size\"")).isLessThan(html.indexOf("id=\"check-checklist.nodes\""));
		assertThat(html.indexOf("id=\"check-checklist.runtime\"")).isLessThan(html.indexOf("id=\"check-checklist.kube-proxy\""));
		mvc.perform(get("/clusters/demo/checklist").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("检查清单")))
			.andExpect(content().string(containsString("在节点上运行")))
			.andExpect(content().string(containsString("检查节点状态")));
	}

	@Test
	void eachPanelAlone() throws Exception {
		for (String panel : new String[] { "checklist-control-plane", "checklist-workers" }) {
			mvc.perform(get("/clusters/demo/panels/" + panel).header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("panel-" + panel)));
		}
	}

	@Test
	void jsonTwinWithETag() throws Exception {
		String etag = mvc.perform(get("/api/clusters/demo/checklist").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[0].id").value("control-plane"))
			.andExpect(jsonPath("$.sections[0].lines[0].check").value("checklist.componentstatuses"))
			.andExpect(jsonPath("$.sections[0].lines[0].commands[0].runsOn").value("api"))
			.andExpect(jsonPath("$.sections[1].id").value("worker-nodes"))
			.andExpect(jsonPath("$.sections[1].lines[2].check").value("checklist.kubelet"))
			.andExpect(jsonPath("$.sections[1].lines[2].commands.length()").value(2))
			.andExpect(jsonPath("$.sections[1].lines[2].commands[0].runsOn").value("node"))
			.andExpect(jsonPath("$.sections[1].lines[1].level").value("critical"))
			.andExpect(jsonPath("$.sections[1].lines[1].findings[0].finding.subject").value("general-7"))
			.andExpect(jsonPath("$.sections[1].lines[1].findings[0].finding.command")
				.value("kubectl describe node general-7 | grep -A 10 Conditions"))
			.andExpect(jsonPath("$.sections[1].lines[1].findings[0].finding.panel.panel").value("nodes-table"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/api/clusters/demo/checklist").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

}
