package dev.kubeprint.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With nothing configured the app opens the bundled demo cluster, marked as demo. */
// The demo is pinned: with nothing configured a developer's own kubeconfig would be picked up instead.
@SpringBootTest(properties = "kubeprint.clusters[0].demo=true")
@AutoConfigureMockMvc
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
			.andExpect(jsonPath("$.error").value(containsString("nowhere")));
	}

	@Test
	void actuatorShowsOnlyHealthAndPrometheus() throws Exception {
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
		mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
		mvc.perform(get("/clusters/demo")).andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

}
