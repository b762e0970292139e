package dev.kubeprint.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.ChromiumExtension;

import static dev.kubeprint.testing.HostileStrings.IMG;
import static dev.kubeprint.testing.HostileStrings.JS_URL;
import static dev.kubeprint.testing.HostileStrings.SCRIPT;
import static dev.kubeprint.testing.HostileStrings.assertNothingRanAfterRefreshes;
import static dev.kubeprint.testing.HostileStrings.json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot is anyone's file, and a real cluster's annotations are anyone's text: whatever an object says
 * is shown as text and never runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// No other class shares this context (its clusters are its own): closing it stops its sources rather than
// leaving them running through the rest of the suite.
@DirtiesContext
class HostileStringsBrowserTests {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1200);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("kubeprint-hostile");
		Files.writeString(dir.resolve("objects.json"), """
				{"apiVersion":"v1","kind":"List","items":[
				 {"apiVersion":"v1","kind":"Node","metadata":{"name":%1$s,
				   "labels":{"node-pool":%2$s,"topology.kubernetes.io/zone":%3$s,"node-role.kubernetes.io/%4$s":""},
				   "annotations":{"note":%1$s,"link":%3$s}},
				  "status":{"conditions":[{"type":"Ready","status":"False","reason":%2$s,"message":%1$s,
				   "lastHeartbeatTime":"2026-11-20T08:00:00Z"}],
				   "nodeInfo":{"kubeletVersion":%2$s,"containerRuntimeVersion":%3$s}}},
				 {"apiVersion":"v1","kind":"Pod","metadata":{"name":%2$s,"namespace":"kube-system",
				   "labels":{"component":"kube-apiserver"},"annotations":{"x":%1$s}},
				  "spec":{"nodeName":%1$s,"containers":[{"name":"c","command":["kube-apiserver",
				   "--etcd-servers=https://e:2379,%5$s","--max-requests-inflight=%6$s"]}]},"status":{"phase":"Running"}},
				 {"apiVersion":"v1","kind":"Pod","metadata":{"name":"etcd-%5$s","namespace":"kube-system",
				   "labels":{"component":"etcd"}},"spec":{"nodeName":%1$s},"status":{"phase":"Running"}}
				]}""".formatted(json(SCRIPT), json(IMG), json(JS_URL), "x\\\"><b>bold</b>", escaped(IMG), escaped(SCRIPT)));
		registry.add("kubeprint.clusters[0].name", () -> "hostile");
		registry.add("kubeprint.clusters[0].snapshot", dir::toString);
		registry.add("kubeprint.ui.refresh-interval", () -> "300ms");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/control-plane", "/etcd" })
	void hostileTextIsShownAsTextAndNothingRuns(String page, ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/hostile" + page);
		assertNothingRanAfterRefreshes(browser, 6);
		String text = browser.findElement(By.tagName("body")).getText();
		assertThat(text).contains("onerror=");
	}

	/** An embed shows the same panels in its own small page, and refreshes on its own URL. */
	@ParameterizedTest
	@ValueSource(strings = { "diagram", "control-plane-components", "node-groups", "status" })
	void hostileTextInAnEmbedIsShownAsTextAndNothingRuns(String panel, ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/embed/clusters/hostile/panels/" + panel + "?lang=zh-CN");
		assertNothingRanAfterRefreshes(browser, 4);
		assertThat(browser.findElements(By.cssSelector("#panel-" + panel))).hasSize(1);
	}

	/** The text inside a JSON string, without its quotes. */
	private static String escaped(String s) {
		String json = json(s);
		return json.substring(1, json.length() - 1);
	}

}
