package dev.kubeprint.controlplane;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.testing.Kubeconfigs;
import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.cluster.facts.ClusterFacts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A live cluster whose API server reports a failing readyz check and refuses /metrics: the control-plane page
 * shows the failing check with its reason first, says what to grant for metrics, and the rest still works.
 */
@SpringBootTest
@AutoConfigureMockMvc
// A cached context would go on polling the stub API server, which stops with it.
@DirtiesContext
class ControlPlaneLiveTests {

	private static final WireMockServer api = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	@Autowired
	MockMvc mvc;

	@Autowired
	ClusterRegistry clusters;

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) throws IOException {
		api.start();
		String empty = "{\"kind\":\"List\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"100\"},\"items\":[]}";
		api.stubFor(WireMock.get(urlPathMatching("/apis?/.*"))
			.withQueryParam("watch", absent())
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(empty)));
		// Watches stay open quietly, as on a calm cluster.
		api.stubFor(WireMock.get(urlPathMatching("/apis?/.*"))
			.withQueryParam("watch", matching("1|true"))
			.willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
		api.stubFor(WireMock.get(urlPathEqualTo("/version"))
			.willReturn(aResponse().withBody(fixture("version.json"))));
		String readyz = fixture("readyz-verbose.txt").replace("[+]etcd ok", "[-]etcd failed: reason withheld")
			.replace("readyz check passed", "readyz check failed");
		api.stubFor(WireMock.get(urlPathEqualTo("/readyz"))
			.willReturn(aResponse().withStatus(500).withBody(readyz)));
		api.stubFor(WireMock.get(urlPathEqualTo("/livez"))
			.willReturn(aResponse().withBody(fixture("livez-verbose.txt"))));
		api.stubFor(WireMock.get(urlPathEqualTo("/metrics"))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
				.withBody(fixture("forbidden-403.json"))));
		Path kubeconfig = Kubeconfigs.oneContext("lab", "http://127.0.0.1:" + api.port());
		registry.add("kubeprint.clusters[0].context", () -> "lab");
		registry.add("kubeprint.clusters[0].kubeconfig", kubeconfig::toString);
		registry.add("kubeprint.probe-interval", () -> "300ms");
	}

	/**
	 * The stub API server stops with the context, after the context has stopped its sources, rather than in an
	 * {@code @AfterAll} that runs first and leaves them polling a dead server until the context closes.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class StubApiServer {

		@Bean(destroyMethod = "stop")
		WireMockServer stubApiServer() {
			return api;
		}

	}

	@Test
	void failingReadyzCheckComesFirstAndMetricsSayWhatToGrant() throws Exception {
		awaitSyncedAndProbed();
		String html = mvc.perform(get("/clusters/lab/control-plane"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-check=\"etcd\"").contains("reason withheld");
		assertThat(html.indexOf("data-check=\"etcd\"")).as("the failing check is listed first")
			.isLessThan(html.indexOf("data-check=\"ping\""));
		assertThat(html).contains("grant nonResourceURLs");
		assertThat(html).containsPattern("class=\"headline-health\" data-health=\"DOWN\"");
		String overview = mvc.perform(get("/clusters/lab/panels/control-plane-components").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(overview).as("the overview's API server row heeds readyz")
			.contains("readyz fails: etcd (reason withheld)")
			.contains("/readyz of the API server");
		assertThat(api.getAllServeEvents()).allSatisfy((e) -> assertThat(e.getRequest().getMethod().getName()).isEqualTo("GET"));
	}

	/**
	 * The page is asserted only once the lists are in and the API server was probed: a probed readyz alone still
	 * leaves the overview row "waiting for the first list".
	 */
	private void awaitSyncedAndProbed() {
		await("lab synced and its API server probed").atMost(Duration.ofSeconds(20)).until(() -> {
			ClusterFacts facts = clusters.find("lab").orElseThrow().facts();
			return facts.synced() && facts.probes().apiServer().map((a) -> a.readyz() != null).orElse(false);
		});
	}

	private static String fixture(String name) {
		try (var in = ControlPlaneLiveTests.class.getResourceAsStream("/fixtures/real-apiserver-v1.28/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
