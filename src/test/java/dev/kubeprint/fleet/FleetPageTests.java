package dev.kubeprint.fleet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.testing.PageSliceTest;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.testing.UnreachableCluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fleet of three: the demo (its etcd full, so down), a real kubeadm dump with no version capture (healthy
 * parts, but findings it cannot decide) and a live cluster whose API server refuses connections. Worst first,
 * filtered on the server, each tile saying what it knows and, where it does not, why.
 */
@PageSliceTest(properties = {})
class FleetPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClusterRegistry clusters;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path kubeconfig = UnreachableCluster.kubeconfig();
		registry.add("kubeprint.clusters[0].name", () -> "kubeadm");
		registry.add("kubeprint.clusters[0].snapshot", () -> RealWorld.dumps().resolve("kubeadm-1.21-calico").toString());
		registry.add("kubeprint.clusters[1].demo", () -> "true");
		registry.add("kubeprint.clusters[2].context", () -> "gone");
		registry.add("kubeprint.clusters[2].kubeconfig", kubeconfig::toString);
	}

	@BeforeEach
	void everyClusterAnswered() {
		await("every cluster read or refused").atMost(Duration.ofSeconds(20))
			.until(() -> clusters.sources().stream().allMatch((s) -> s.facts().synced()));
	}

	@Test
	void tilesWorstFirstEachLinkingToItsCluster() throws Exception {
		String html = page("/");
		assertThat(tileOrder(html)).containsExactly("demo", "gone", "kubeadm");
		assertThat(html).contains("<article class=\"tile state-down\" data-cluster=\"demo\" data-state=\"down\">")
			.contains("data-cluster=\"gone\" data-state=\"unreadable\"")
			.contains("data-cluster=\"kubeadm\" data-state=\"unknown\"")
			.contains("href=\"/clusters/gone\"")
			.contains("3 of 3 clusters");
		String demo = tile(html, "demo");
		assertThat(demo).contains("data-part=\"etcd\" data-health=\"DOWN\"")
			.contains("data-level=\"critical\"")
			.contains("class=\"tile-version\">v1.30.6<")
			.contains("class=\"tile-nodes\">23/24<")
			.contains("class=\"tile-pods\">201<")
			.contains("Active Alarm(s): NOSPACE")
			.containsPattern("data-firing=\"\\d+\"");
		assertThat(demo.split("<li data-check=").length - 1).isEqualTo(FleetAnalyzer.TOP);
	}

	@Test
	void whatCannotBeReadSaysWhy() throws Exception {
		String html = page("/");
		String gone = tile(html, "gone");
		assertThat(gone).contains("data-read=\"unreachable\"")
			.containsPattern("unreachable: connection refused to https://127.0.0.1:\\d+")
			.contains("class=\"tile-nodes\">—<")
			.contains("class=\"tile-version\">—<")
			.contains("data-part=\"control-plane\" data-health=\"UNKNOWN\"")
			.doesNotContain("data-age");
		String kubeadm = tile(html, "kubeadm");
		// The dump holds no /version capture: the version is unknown, said as unknown, not guessed from kubelets.
		assertThat(kubeadm).contains("class=\"tile-version\">—<")
			.contains("class=\"tile-nodes\">3/3<")
			.contains("data-level=\"unknown\"")
			.contains("this snapshot holds no capture")
			.doesNotContain("data-read=");
	}

	@Test
	void filteredOnTheServerByNameAndState() throws Exception {
		assertThat(tileOrder(page("/?q=KUBE"))).containsExactly("kubeadm");
		assertThat(tileOrder(page("/?state=unreadable"))).containsExactly("gone");
		assertThat(tileOrder(page("/?q=o&state=down"))).containsExactly("demo");
		String none = page("/?q=nothing-like-this");
		assertThat(tileOrder(none)).isEmpty();
		assertThat(none).contains("0 of 3 clusters").contains("value=\"nothing-like-this\"");
		assertThat(page("/?state=down")).contains("<option value=\"down\" selected=\"selected\">");
		mvc.perform(get("/fleet/tiles").param("q", "kube")).andExpect(redirectedUrl("/?q=kube"));
	}

	@Test
	void tilesRefreshAsOneFragmentAnsweringNothingWhenUnchanged() throws Exception {
		String fragment = mvc.perform(get("/fleet/tiles").param("state", "unreadable").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", "HX-Request"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).startsWith("<section id=\"fleet-tiles\"").doesNotContain("<html");
		assertThat(tileOrder(fragment)).containsExactly("gone");
		Matcher etag = Pattern.compile("data-etag=\"([0-9a-f]+)\"").matcher(fragment);
		assertThat(etag.find()).isTrue();
		assertThat(fragment).contains("state=unreadable&amp;have=" + etag.group(1));
		mvc.perform(get("/fleet/tiles").param("state", "unreadable")
			.param("have", etag.group(1))
			.header("HX-Request", "true")).andExpect(status().isNoContent()).andExpect(content().string(""));
		mvc.perform(get("/fleet/tiles").param("have", etag.group(1)).header("HX-Request", "true"))
			.andExpect(status().isOk());
	}

	@Test
	void theJsonTwinListsTheSameTiles() throws Exception {
		mvc.perform(get("/api/clusters"))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.clusters[*].cluster").value(org.hamcrest.Matchers.contains("demo", "gone", "kubeadm")))
			.andExpect(jsonPath("$.clusters[0].state").value("down"))
			.andExpect(jsonPath("$.clusters[0].etcd").value("DOWN"))
			.andExpect(jsonPath("$.clusters[0].findings[0].level").value("critical"))
			.andExpect(jsonPath("$.clusters[1].read.state").value("unreachable"))
			.andExpect(jsonPath("$.clusters[1].read.reason").value(containsString("connection refused")))
			.andExpect(jsonPath("$.clusters[1].nodes").value(-1))
			.andExpect(jsonPath("$.clusters[2].version").value(""));
		mvc.perform(get("/api/clusters").param("state", "unreadable"))
			.andExpect(jsonPath("$.clusters[*].cluster").value(org.hamcrest.Matchers.contains("gone")));
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static List<String> tileOrder(String html) {
		return Pattern.compile("<article class=\"tile[^\"]*\" data-cluster=\"([^\"]+)\"")
			.matcher(html)
			.results()
			.map((m) -> m.group(1))
			.toList();
	}

	private static String tile(String html, String cluster) {
		int start = html.indexOf("data-cluster=\"" + cluster + "\"");
		return html.substring(start, html.indexOf("</article>", start));
	}

}
