package dev.kubeprint.controlplane;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.health.ComponentView;
import dev.kubeprint.testing.PageSliceTest;
import dev.kubeprint.web.Analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The control-plane page of the demo cluster, its panels and its JSON twin. */
@PageSliceTest
class ControlPlaneControllerTests {

	@Autowired
	MockMvc mvc;

	/** Spied to count how often the control-plane components are computed. */
	@MockitoSpyBean
	Analysis<List<ComponentView>> controlPlaneComponents;

	@Test
	void pageShowsComponentsTopologyAndTheCapturedProbeAnswers() throws Exception {
		String html = mvc.perform(get("/clusters/demo/control-plane"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The demo bundle captured readyz, livez and /metrics: they are shown, not a reason for their absence
		assertThat(html).doesNotContain("holds no capture of the API server")
			.contains("poststarthook/rbac/bootstrap-roles")
			.contains("LIST p99")
			.contains("id=\"component-kube-scheduler\"")
			.contains("holder cp-2")
			.contains("data-topology=\"STACKED\"")
			.contains("apiserver.prod.internal:6443")
			.contains("8589934592")
			.contains("class=\"current\"");
	}

	@Test
	void panelsRefreshAloneAndTheJsonTwinCarriesTheView() throws Exception {
		String fragment = mvc.perform(get("/clusters/demo/panels/cp-topology").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<section").contains("data-topology=\"STACKED\"");
		mvc.perform(get("/api/clusters/demo/control-plane"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.topology.mode").value("STACKED"))
			.andExpect(jsonPath("$.components[2].haLive").value(startsWith("3 replicas, leader election, holder cp-2")))
			.andExpect(jsonPath("$.apiServerAbsent").value(""))
			.andExpect(jsonPath("$.apiServer.readyz.summary").value("all 32 checks pass"))
			.andExpect(jsonPath("$.apiServer.reason").value(startsWith("LIST p99")));
	}

	@Test
	void overviewControlPlaneAndEtcdShareOneReadingOfTheComponents() throws Exception {
		for (String url : List.of("/clusters/demo", "/clusters/demo/control-plane", "/clusters/demo/etcd",
				"/api/clusters/demo/overview", "/api/clusters/demo/control-plane", "/api/clusters/demo/etcd")) {
			// A language no other test reads in, so that views cached by other tests do not hide the count.
			mvc.perform(get(url).header("Accept-Language", "en-GB")).andExpect(status().isOk());
		}
		// The demo's facts never change, so every request above read one facts version.
		verify(controlPlaneComponents, times(1)).computation();
	}

}
