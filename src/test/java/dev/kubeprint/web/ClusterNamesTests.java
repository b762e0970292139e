package dev.kubeprint.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.testing.PageSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cluster names come from kubeconfig contexts, which carry ':', '@' and worse; every URL must survive them. */
@PageSliceTest(properties = { "kubeprint.clusters[0].name=ops:admin@prod west",
		"kubeprint.clusters[0].snapshot=src/test/resources/fixtures/real-apiserver-v1.28" })
class ClusterNamesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void rootRedirectPageLinksAndPanelsEncodeTheName() throws Exception {
		mvc.perform(get("/")).andExpect(redirectedUrl("/clusters/ops:admin@prod%20west"));
		String html = mvc.perform(get("/clusters/{name}", "ops:admin@prod west"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"/clusters/ops:admin@prod%20west\"")
			.contains("hx-get=\"/clusters/ops:admin@prod%20west/panels/diagram?have=");
		mvc.perform(get("/clusters/{name}/panels/{panel}", "ops:admin@prod west", "summary").header("HX-Request", "true"))
			.andExpect(status().isOk());
		String embed = mvc.perform(get("/embed/clusters/{name}/panels/{panel}", "ops:admin@prod west", "summary"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(embed).contains("hx-get=\"/embed/clusters/ops:admin@prod%20west/panels/summary?have=")
			.contains("href=\"/clusters/ops:admin@prod%20west#panel-summary\"");
		mvc.perform(get("/clusters/{name}/panels/{panel}", "ops:admin@prod west", "summary"))
			.andExpect(redirectedUrl("/embed/clusters/ops:admin@prod%20west/panels/summary"));
	}

	@Test
	void slashesInContextNamesBecomeDashesBecauseAnEncodedSlashIsRefused() {
		var identity = new dev.kubeprint.cluster.facts.ClusterIdentity("arn:aws:eks:eu-west-1:123456789012:cluster/prod",
				dev.kubeprint.cluster.facts.ClusterIdentity.SourceType.LIVE, "context");
		assertThat(identity.name()).isEqualTo("arn:aws:eks:eu-west-1:123456789012:cluster-prod");
	}

	@Test
	void aSnapshotWithoutSomeKindsSaysWhichAndStillShowsTheRest() throws Exception {
		String html = mvc.perform(get("/clusters/{name}", "ops:admin@prod west"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("fake-node-00000").contains("not in this snapshot");
	}

}
