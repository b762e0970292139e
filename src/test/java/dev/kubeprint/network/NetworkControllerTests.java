package dev.kubeprint.network;

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

/** The network page of the demo cluster, its panels and its JSON twin. */
@PageSliceTest
class NetworkControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Test
	void pageShowsRangesWithTheirSourcesAndTheCni() throws Exception {
		String html = mvc.perform(get("/clusters/demo/network"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"range-pod\"")
			.contains("kubeadm-config networking.podSubnet")
			.contains("kube-apiserver --service-cluster-ip-range (kube-apiserver-cp-1)")
			.contains("data-cni=\"calico\"")
			.contains("data-mode=\"IPIP\"")
			.contains("data-disagree=\"false\"")
			.contains("class=\"current\">Network</a>");
		mvc.perform(get("/clusters/demo/network").param("lang", "zh-CN"))
			.andExpect(content().string(containsString("Pod 网络")));
	}

	@Test
	void eachPanelAlone() throws Exception {
		for (String panel : panelsOf("network")) {
			mvc.perform(get("/clusters/demo/panels/" + panel).header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("panel-" + panel)));
		}
	}

	@Test
	void jsonTwinWithETag() throws Exception {
		String etag = mvc.perform(get("/api/clusters/demo/network").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ranges[0].id").value("pod"))
			.andExpect(jsonPath("$.ranges[0].sources[0].value").value("10.244.0.0/16"))
			.andExpect(jsonPath("$.cni.name").value("Calico"))
			.andExpect(jsonPath("$.cni.mode").value("IPIP"))
			.andExpect(jsonPath("$.ipUse.blockNodes").value(256))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		mvc.perform(get("/api/clusters/demo/network").header("If-None-Match", etag)).andExpect(status().isNotModified());
	}

	private List<String> panelsOf(String path) {
		return pages.page(path).orElseThrow().panels().stream().map(Panel::id).toList();
	}

}
