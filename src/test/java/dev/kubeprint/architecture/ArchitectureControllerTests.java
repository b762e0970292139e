package dev.kubeprint.architecture;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The overview of the bundled demo cluster, marked as demo, and its JSON twin. */
@PageSliceTest
class ArchitectureControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void rootOpensTheDefaultCluster() throws Exception {
		mvc.perform(get("/")).andExpect(redirectedUrl("/clusters/demo"));
	}

	@Test
	void overviewPageShowsDiagramTablesAndDemoMarking() throws Exception {
		String html = mvc.perform(get("/clusters/demo"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("DEMO CLUSTER")
			.contains("<svg")
			.contains("data-component=\"kube-apiserver\"")
			.contains(":6443")
			.contains(":2379/2380")
			.contains("id=\"component-kube-scheduler\"")
			.contains("id=\"component-kubelet\"")
			.contains("hx-get=\"/clusters/demo/panels/diagram?have=")
			.contains("Captured");
	}

	@Test
	void chineseByParameterOrAcceptLanguage() throws Exception {
		mvc.perform(get("/clusters/demo").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("控制平面组件")))
			.andExpect(content().string(containsString("演示集群")));
		mvc.perform(get("/clusters/demo").header("Accept-Language", "zh-CN,zh;q=0.9"))
			.andExpect(content().string(containsString("工作节点组件")));
		mvc.perform(get("/clusters/demo").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Worker-node components")));
	}

	@Test
	void jsonTwinCarriesTheSameViewAndAnETag() throws Exception {
		String etag = mvc.perform(get("/api/clusters/demo/overview").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.controlPlane[0].id").value("kube-apiserver"))
			.andExpect(jsonPath("$.controlPlane[0].ports").value("6443"))
			.andExpect(jsonPath("$.workers[0].id").value("kubelet"))
			.andExpect(jsonPath("$.summary.nodes").isNumber())
			.andExpect(jsonPath("$.diagram.cards").isArray())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/api/clusters/demo/overview").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void jsonTwinOfAnUnknownClusterIsJson404() throws Exception {
		mvc.perform(get("/api/clusters/nowhere/overview"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("No such cluster"));
	}

}
