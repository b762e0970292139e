package dev.kubeprint.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.testing.PageSliceTest;
import dev.kubeprint.testing.UnreachableCluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A cluster that cannot be reached says so on its page, in words, and the other cluster works. */
@PageSliceTest(properties = {})
class BrokenClusterPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClusterRegistry clusters;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path kubeconfig = UnreachableCluster.kubeconfig();
		registry.add("kubeprint.clusters[0].context", () -> "gone");
		registry.add("kubeprint.clusters[0].kubeconfig", kubeconfig::toString);
		registry.add("kubeprint.clusters[1].demo", () -> "true");
	}

	@Test
	void theBrokenClustersPageSaysWhyAndTheOtherWorks() throws Exception {
		awaitFirstAttempt();
		String broken = mvc.perform(get("/clusters/gone"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(broken).containsPattern("class=\"headline\">unreachable: connection refused to https://127.0.0.1:\\d+<")
			.contains("<details class=\"problems\" open=\"open\">");
		assertThat(broken).contains("data-health=\"UNKNOWN\"").doesNotContain("Exception:");
		String demo = mvc.perform(get("/clusters/demo")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(demo).contains("data-health=\"HEALTHY\"");
	}

	private void awaitFirstAttempt() {
		await("the broken cluster reports its failure").atMost(Duration.ofSeconds(20))
			.until(() -> clusters.find("gone").orElseThrow().facts().synced());
	}

}
