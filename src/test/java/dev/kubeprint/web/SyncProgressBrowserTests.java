package dev.kubeprint.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.Kubeconfigs;
import dev.kubeprint.cluster.live.GatedResponses;
import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.ChromiumExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A live cluster whose pods list stops after its first page, held by the stub API server until the test lets it
 * go: in Chromium the status bar, the fleet tile and the JSON status say how far the list has come (2 objects of
 * ~20, as the server's remainingItemCount tells), the page is marked partial and the pods panel says why it has
 * nothing rather than "0 pods"; once the rest arrives, the open page turns normal by its own refresh.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A cached context would go on listing from the stub API server, which stops with it.
@DirtiesContext
class SyncProgressBrowserTests {

	private static final GatedResponses gate = new GatedResponses();

	private static final WireMockServer api = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1").extensions(gate));

	private static final String STATUS_PODS = ".status-bar .list-progress[data-resource='pods'][data-objects='2']";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1400);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) throws IOException {
		api.start();
		String empty = "{\"kind\":\"List\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"100\"},\"items\":[]}";
		api.stubFor(WireMock.get(urlPathMatching("/apis?/.*")).atPriority(10).withQueryParam("watch", absent())
			.willReturn(json(empty)));
		// Watches stay open quietly, as on a calm cluster.
		api.stubFor(WireMock.get(urlPathMatching("/apis?/.*")).atPriority(10).withQueryParam("watch", matching("1|true"))
			.willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
		api.stubFor(WireMock.get(urlPathEqualTo("/version")).willReturn(json(fixture("version.json"))));
		api.stubFor(WireMock.get(urlPathEqualTo("/api/v1/nodes")).withQueryParam("watch", absent())
			.willReturn(json(onePage(JSON.readTree(fixture("nodes-list-page.json")), ""))));
		// The real server's first page of pods: two of them, a continue token and remainingItemCount 18.
		JsonNode first = JSON.readTree(fixture("pods-list-page.json"));
		api.stubFor(WireMock.get(urlPathEqualTo("/api/v1/pods")).withQueryParam("watch", absent())
			.withQueryParam("continue", absent()).willReturn(json(first.toString())));
		api.stubFor(WireMock.get(urlPathEqualTo("/api/v1/pods")).withQueryParam("watch", absent())
			.withQueryParam("continue", equalTo(first.path("metadata").path("continue").asString()))
			.willReturn(json(onePage(first, "-2")).withTransformers(GatedResponses.NAME)));
		Path kubeconfig = Kubeconfigs.oneContext("lab", "http://127.0.0.1:" + api.port());
		registry.add("kubeprint.clusters[0].demo", () -> "true");
		registry.add("kubeprint.clusters[1].context", () -> "lab");
		registry.add("kubeprint.clusters[1].kubeconfig", kubeconfig::toString);
		registry.add("kubeprint.publish-interval", () -> "100ms");
		registry.add("kubeprint.ui.refresh-interval", () -> "300ms");
	}

	/** The stub API server stops after the context has stopped the sources that read it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class StubApiServer {

		@Bean(destroyMethod = "stop")
		WireMockServer stubApiServer() {
			return api;
		}

		@Bean(destroyMethod = "open")
		GatedResponses gate() {
			return gate;
		}

	}

	@Test
	void aListUnderWaySaysHowFarItHasComeEverywhereThenThePageTurnsNormal(ChromeDriver browser) throws Exception {
		browser.get(url("/clusters/lab/workloads?lang=en"));
		Map<String, String> pods = awaitProgress(browser, STATUS_PODS);
		assertThat(pods.get("total")).isEqualTo("20");
		assertThat(pods.get("text")).contains("pods", "first list", "2 objects", "~20 in all (10 %)");
		assertThat(text(browser, ".status-bar .partial-marker")).startsWith("PARTIAL:").contains("of 20 kinds not read yet");
		// The status bar and the pods panel refresh each on its own beat: the page may have been rendered before the
		// first page of pods arrived, and the status bar may have shown it first.
		await("the pods panel says how far the list has come").atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> text(browser, "#panel-workloads-pods"),
					(panel) -> panel != null && panel.contains("listing: 2 objects so far of ~20"));
		assertThat(text(browser, "#panel-workloads-pods")).doesNotContain("all fine");
		assertThat(browser.findElements(By.cssSelector("#panel-workloads-pods .metric"))).isEmpty();
		assertThat(text(browser, "#panel-workloads-controllers")).contains("unknown until pods are read")
			.doesNotContain("or has a pod terminating");
		Chromium.screenshot(browser, "sync-progress.png");

		JsonNode status = JSON.readTree(get("/api/clusters/lab/status"));
		JsonNode listing = status.path("listing").get(0);
		assertThat(listing.path("resource").asString()).isEqualTo("pods");
		assertThat(listing.path("objects").asLong()).isEqualTo(2);
		assertThat(listing.path("bytes").asString()).isEqualTo(pods.get("bytes")).isNotEqualTo("0");
		assertThat(listing.path("estimatedTotal").asLong()).isEqualTo(20);
		assertThat(listing.path("percent").asInt()).isEqualTo(10);
		assertThat(listing.path("first").asBoolean()).isTrue();
		assertThat(status.path("loading").asInt()).isPositive();

		browser.get(url("/?lang=en"));
		assertThat(awaitProgress(browser, ".tile[data-cluster='lab'] .tile-listing .list-progress[data-objects='2']")
			.get("text")).contains("pods", "2 objects", "~20 in all");

		browser.get(url("/clusters/lab/workloads?lang=zh-CN"));
		assertThat(awaitProgress(browser, STATUS_PODS).get("text")).contains("首次列举", "已读 2 个对象", "预计共约 20 个");
		assertThat(text(browser, ".status-bar .partial-marker")).startsWith("部分数据");

		browser.get(url("/clusters/lab/workloads?lang=en"));
		awaitProgress(browser, STATUS_PODS);
		gate.open();
		// The same page, not reloaded: its status and pods panels refresh themselves.
		await("the list done and the page normal").atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> text(browser, ".status-bar .list-progress") == null
					&& text(browser, ".status-bar .partial-marker") == null
					&& text(browser, "#panel-workloads-pods .metric") != null);
		assertThat(text(browser, "#panel-workloads-pods")).contains("4 pods").doesNotContain("listing:");
	}

	/** The first element's data attributes and text, read at once: the panels swap themselves under the test. */
	@SuppressWarnings("unchecked")
	private static Map<String, String> awaitProgress(ChromeDriver browser, String css) {
		return await("list progress at " + css).atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> (Map<String, String>) browser.executeScript("""
					const e = document.querySelector(arguments[0]);
					return e && {objects: e.dataset.objects, total: e.dataset.total, bytes: e.dataset.bytes, text: e.innerText};""",
					css), (found) -> found != null);
	}

	private static String text(ChromeDriver browser, String css) {
		return (String) browser.executeScript(
				"const e = document.querySelector(arguments[0]); return e && e.innerText;", css);
	}

	/** A page that ends its list (no continue token), its items' names suffixed. */
	private static String onePage(JsonNode first, String suffix) {
		ObjectNode page = (ObjectNode) first.deepCopy();
		ObjectNode metadata = (ObjectNode) page.get("metadata");
		metadata.remove("continue");
		metadata.remove("remainingItemCount");
		for (JsonNode pod : (ArrayNode) page.get("items")) {
			ObjectNode meta = (ObjectNode) pod.get("metadata");
			meta.put("name", meta.path("name").asString() + suffix);
		}
		return page.toString();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private String get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = SyncProgressBrowserTests.class.getResourceAsStream("/live/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
