package dev.kubeprint.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every URL the app answers, requested once on the demo cluster: the whole app, so that wiring changes show
 * here as a URL that stopped answering, answers another type, or lost its content.
 */
@SpringBootTest(properties = "kubeprint.clusters[0].demo=true")
@AutoConfigureMockMvc
class EveryUrlTests {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	@Autowired
	MockMvc mvc;

	/** Each page below /clusters/demo with a piece of what only it shows. */
	static Stream<Arguments> pages() {
		return Stream.of(Arguments.of("", "data-component=\"kube-apiserver\""),
				Arguments.of("/control-plane", "data-topology=\"STACKED\""),
				Arguments.of("/etcd", "id=\"panel-etcd-database\""),
				Arguments.of("/nodes", "id=\"nodes-filter\""),
				Arguments.of("/workloads", "data-state=\"RUNNING_NOT_READY\""),
				Arguments.of("/network", "id=\"range-pod\""),
				Arguments.of("/scale", "id=\"scale-secret-size\""),
				Arguments.of("/storage", "data-chain=\"data/data-redis-0\""),
				Arguments.of("/versions", "data-node=\"gpu-3\""),
				Arguments.of("/alerts", "data-alert=\"EtcdDatabaseSizeHigh\""));
	}

	/** Each panel with a piece of its own content. */
	static Stream<Arguments> panels() {
		return Stream.of(Arguments.of("status", "status-bar"), Arguments.of("summary", "class=\"summary\""),
				Arguments.of("distribution", "data-distribution=\"kubeadm\""),
				Arguments.of("cp-distribution", "data-distribution=\"kubeadm\""),
				Arguments.of("diagram", "<svg"), Arguments.of("control-plane-components", "id=\"component-etcd\""),
				Arguments.of("worker-components", "id=\"component-kubelet\""),
				Arguments.of("node-groups", "general"), Arguments.of("cp-apiserver", "class=\"apiserver\""),
				Arguments.of("cp-components", "id=\"component-kube-scheduler\""),
				Arguments.of("cp-topology", "data-topology=\"STACKED\""),
				Arguments.of("etcd-quorum", "class=\"etcd-quorum\""),
				Arguments.of("etcd-database", "class=\"etcd-database\""),
				Arguments.of("nodes-summary", "data-mode=\"ipvs\""), Arguments.of("nodes-grid", "svg class=\"node-grid\""),
				Arguments.of("nodes-table", "id=\"node-general-7\""),
				Arguments.of("workloads-pods", "data-state=\"PENDING\""),
				Arguments.of("workloads-controllers", "class=\"workload-controllers\""),
				Arguments.of("workloads-nodes", "data-node=\"general-7\""),
				Arguments.of("workloads-events", "data-reason=\"FailedScheduling\""), Arguments.of("network-ranges", "id=\"range-pod\""),
				Arguments.of("network-cni", "data-cni=\"calico\""), Arguments.of("network-ip-use", "panel-network-ip-use"),
				Arguments.of("scale-gauges", "svg class=\"gauge\""), Arguments.of("scale-objects", "panel-scale-objects"),
				Arguments.of("storage-summary", "data-class=\"alicloud-disk-essd\""),
				Arguments.of("storage-broken", "data-kind=\"pv-released\""),
				Arguments.of("storage-chains", "data-chain=\"batch/report-scratch\""),
				Arguments.of("versions-skew", "data-node=\"gpu-3\""),
				Arguments.of("versions-changes", "id=\"change-dockershim-runtime\""),
				Arguments.of("alerts-rules", "data-alert=\"KubeSchedulerPendingPods\""),
				Arguments.of("alerts-headline", "href=\"/clusters/demo/alerts\""));
	}

	/** Each JSON twin below /api/clusters/demo with a piece of its view. */
	static Stream<Arguments> twins() {
		return Stream.of(Arguments.of("/overview", "\"controlPlane\""), Arguments.of("/control-plane", "\"topology\""),
				Arguments.of("/etcd", "\"asSeenByTheApi\""), Arguments.of("/nodes", "\"kubeProxy\""),
				Arguments.of("/workloads", "\"controllers\""), Arguments.of("/network", "\"ranges\""), Arguments.of("/scale", "\"dimensions\""),
				Arguments.of("/storage", "\"chains\""), Arguments.of("/storage?page=1", "\"pageSize\""),
				Arguments.of("/nodes?page=2&sort=name&dir=desc&q=general", "\"matching\":"),
				Arguments.of("/versions", "\"skew\""), Arguments.of("/alerts", "\"mixin\""),
				Arguments.of("/status", "\"listing\""));
	}

	@Test
	void rootOpensTheFirstCluster() throws Exception {
		mvc.perform(get("/")).andExpect(redirectedUrl("/clusters/demo"));
	}

	@ParameterizedTest
	@MethodSource("pages")
	void everyPage(String path, String piece) throws Exception {
		mvc.perform(get("/clusters/demo" + path))
			.andExpect(status().isOk())
			.andExpect(content().contentType(HTML))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString(piece)));
	}

	@ParameterizedTest
	@MethodSource("panels")
	void everyPanelAsFragmentAsNothingNewAndAsLinkToItsEmbed(String panel, String piece) throws Exception {
		String url = "/clusters/demo/panels/" + panel;
		String fragment = mvc.perform(get(url).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(HTML))
			.andExpect(header().string("Vary", "HX-Request"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<section").doesNotContain("<html").contains("id=\"panel-" + panel + "\"")
			.contains(piece);
		String etag = fragment.replaceAll("(?s)^.*?data-etag=\"([0-9a-f]+)\".*", "$1");
		assertThat(etag).hasSize(24);
		mvc.perform(get(url).param("have", etag).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect(content().string(""));
		mvc.perform(get(url).param("have", "older").header("HX-Request", "true")).andExpect(status().isOk());
		mvc.perform(get(url)).andExpect(redirectedUrl("/embed" + url));
	}

	@ParameterizedTest
	@MethodSource("panels")
	void everyPanelAsEmbedAndItsRefreshes(String panel, String piece) throws Exception {
		String url = "/embed/clusters/demo/panels/" + panel;
		String embed = mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().contentType(HTML))
			.andExpect(header().doesNotExist("X-Frame-Options"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(embed).contains("<html", "class=\"embed\"", "id=\"panel-" + panel + "\"", piece)
			.doesNotContain("class=\"topbar\"");
		String fragment = mvc.perform(get(url).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<section").doesNotContain("<html").contains(piece);
		String etag = fragment.replaceAll("(?s)^.*?data-etag=\"([0-9a-f]+)\".*", "$1");
		mvc.perform(get(url).param("have", etag).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect(content().string(""));
	}

	@Test
	void aPageOfChainsAsFragmentAsNothingNewAndAsLinkToItsPage() throws Exception {
		String fragment = mvc.perform(get("/clusters/demo/storage/chains?page=1").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(HTML))
			.andExpect(header().string("Vary", "HX-Request"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<section").contains("id=\"panel-storage-chains\"")
			.contains("data-chain=\"batch/report-scratch\"");
		String etag = fragment.replaceAll("(?s)^.*?data-etag=\"([0-9a-f]+)\".*", "$1");
		mvc.perform(get("/clusters/demo/storage/chains?page=1").param("have", etag).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect(content().string(""));
		mvc.perform(get("/clusters/demo/storage/chains?page=3")).andExpect(redirectedUrl("/clusters/demo/storage?page=3"));
	}

	@Test
	void aPageOfNodesSortedAndFilteredAsFragmentAsNothingNewAndAsLinkToItsPage() throws Exception {
		String url = "/clusters/demo/nodes/table?page=1&sort=name&dir=desc&q=general";
		String fragment = mvc.perform(get(url).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", "HX-Request"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<section").contains("id=\"panel-nodes-table\"", "id=\"node-general-7\"",
				"hx-get=\"/clusters/demo/nodes/table?page=1&amp;sort=name&amp;dir=desc&amp;q=general&amp;have=")
			.doesNotContain("id=\"node-cp-1\"");
		String etag = fragment.replaceAll("(?s)^.*?data-etag=\"([0-9a-f]+)\".*", "$1");
		mvc.perform(get(url).param("have", etag).header("HX-Request", "true")).andExpect(status().isNoContent());
		mvc.perform(get("/clusters/demo/nodes/table?page=2&sort=name&q=gen eral+x"))
			.andExpect(redirectedUrl("/clusters/demo/nodes?page=2&sort=name&q=gen+eral%2Bx"));
	}

	@Test
	void aGroupOfTheNodeGridAloneAndAsNothingNew() throws Exception {
		String page = mvc.perform(get("/clusters/demo/nodes")).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher group = java.util.regex.Pattern.compile("data-group=\"([^\"]+)\" data-tag=\"([0-9a-f]+)\"")
			.matcher(page);
		assertThat(group.find()).isTrue();
		String url = "/clusters/demo/panels/nodes-grid/groups/" + group.group(1);
		mvc.perform(get(url).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-tag=\"" + group.group(2) + "\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every ")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("every s\""))));
		mvc.perform(get("/clusters/nowhere/panels/nodes-grid/groups/" + group.group(1)).header("HX-Request", "true"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(""));
		mvc.perform(get(url).param("have", group.group(2)).header("HX-Request", "true")).andExpect(status().isNoContent());
		mvc.perform(get("/clusters/demo/panels/nodes-grid/groups/none").header("HX-Request", "true")).andExpect(status().isNotFound());
		mvc.perform(get("/clusters/demo/panels/nodes-table/groups/" + group.group(1)).header("HX-Request", "true"))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@MethodSource("twins")
	void everyJsonTwinWithItsETag(String path, String piece) throws Exception {
		String etag = mvc.perform(get("/api/clusters/demo" + path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(content().string(containsString(piece)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etag).startsWith("\"").endsWith("\"");
		mvc.perform(get("/api/clusters/demo" + path).header("If-None-Match", etag)).andExpect(status().isNotModified());
	}

	@Test
	void actuatorShowsOnlyHealthAndPrometheusAndHeadersAreSet() throws Exception {
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")))
			.andExpect(content().string(containsString(
					"kubeprint_alert_state{alertname=\"EtcdDatabaseSizeHigh\",cluster=\"demo\",state=\"unknown\"}")));
		// Not exposed, and refused before that is even looked at.
		mvc.perform(get("/actuator/env")).andExpect(status().is4xxClientError());
		mvc.perform(get("/actuator/beans")).andExpect(status().is4xxClientError());
		mvc.perform(get("/clusters/demo")).andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void theWallItsScreensItsBannerAndWallModeOnAPageAndAPanel() throws Exception {
		mvc.perform(get("/wall"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(HTML))
			.andExpect(content().string(containsString("id=\"wall-screen\"")))
			.andExpect(content().string(containsString("data-cluster=\"demo\" data-page=\"overview\"")))
			.andExpect(content().string(containsString("hx-get=\"/wall/screens/1\"")));
		String screen = mvc.perform(get("/wall/screens/1").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", "HX-Request"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(screen).startsWith("<main id=\"wall-screen\"").doesNotContain("<html")
			.contains("data-page=\"alerts\"").contains("hx-get=\"/wall/screens/0\"");
		mvc.perform(get("/wall/screens/7")).andExpect(redirectedUrl("/wall?screen=7"));
		String banner = mvc.perform(get("/wall/banner").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String etag = banner.replaceAll("(?s)^.*?data-etag=\"([0-9a-f]+)\".*", "$1");
		mvc.perform(get("/wall/banner").param("have", etag).header("HX-Request", "true"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/clusters/demo/alerts").param("wall", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<body class=\"wall\">")))
			.andExpect(content().string(containsString("class=\"wall-clock\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("class=\"topbar\""))));
		mvc.perform(get("/clusters/demo/panels/summary").param("wall", ""))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/embed/clusters/demo/panels/summary?wall"));
		mvc.perform(get("/embed/clusters/demo/panels/summary").param("wall", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<body class=\"embed wall\">")));
	}

	@Test
	void theFleetsTilesAndTheirJsonTwinAnswerAlsoForOneCluster() throws Exception {
		mvc.perform(get("/fleet/tiles").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-cluster=\"demo\"")));
		mvc.perform(get("/fleet/tiles")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/clusters"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(content().string(containsString("\"cluster\":\"demo\"")));
	}

}
