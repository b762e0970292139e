package dev.kubeprint.checklist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.ChromiumExtension;

import static dev.kubeprint.testing.HostileStrings.IMG;
import static dev.kubeprint.testing.HostileStrings.SCRIPT;
import static dev.kubeprint.testing.HostileStrings.assertNothingRanAfterRefreshes;
import static dev.kubeprint.testing.HostileStrings.json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist in Chromium: the demo's lines in their colours, in English and Chinese, and a hostile dump whose
 * names, reasons, runtimes and /readyz check names are shown as text and never run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Its clusters are its own: closing the context stops their sources rather than leaving them to the suite.
@DirtiesContext
class ChecklistBrowserTests {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1600);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("kubeprint-hostile-checklist");
		Files.writeString(dir.resolve("objects.json"), """
				{"apiVersion":"v1","kind":"List","items":[
				 {"apiVersion":"v1","kind":"Node","metadata":{"name":%1$s},
				  "status":{"addresses":[{"type":"InternalIP","address":%2$s}],
				   "conditions":[{"type":"Ready","status":"False","reason":%2$s,"message":%1$s,"lastHeartbeatTime":"2026-11-20T08:00:00Z"},
				                 {"type":%1$s,"status":"True","reason":%2$s,"lastTransitionTime":"2026-11-20T07:00:00Z"}],
				   "nodeInfo":{"kubeletVersion":%2$s,"containerRuntimeVersion":%1$s}}},
				 {"apiVersion":"v1","kind":"Pod","metadata":{"name":%2$s,"namespace":"kube-system","labels":{"k8s-app":"kube-proxy"},
				   "ownerReferences":[{"kind":"DaemonSet","name":"kube-proxy","controller":true}]},
				  "spec":{"nodeName":%1$s,"containers":[{"name":"c","image":"kube-proxy","command":["kube-proxy","--proxy-mode=<b>x</b>"]}]},
				  "status":{"phase":"Running","conditions":[{"type":"Ready","status":"False"}]}}
				]}""".formatted(json(SCRIPT), json(IMG)));
		Files.writeString(dir.resolve("readyz-verbose.txt"),
				"[+]ping ok\n[-]" + SCRIPT + " failed: " + IMG + "\nreadyz check failed\n");
		registry.add("kubeprint.clusters[0].demo", () -> "true");
		registry.add("kubeprint.clusters[1].name", () -> "hostile");
		registry.add("kubeprint.clusters[1].snapshot", dir::toString);
		registry.add("kubeprint.ui.refresh-interval", () -> "300ms");
	}

	@Test
	void everyLineIsColouredByItsWorstFindingWithTheCommandFilledIn(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/demo/checklist?lang=en");
		assertThat(browser.findElement(By.cssSelector("nav.pages a.current")).getText()).isEqualTo("Checklist");
		List<WebElement> lines = browser.findElements(By.cssSelector(".checklist-line"));
		assertThat(lines).extracting((l) -> l.getAttribute("data-check")).containsExactly("checklist.componentstatuses",
				"checklist.readyz", "checklist.livez", "checklist.apiserver-latency", "checklist.etcd-health",
				"checklist.etcd-size", "checklist.nodes", "checklist.node-conditions", "checklist.kubelet",
				"checklist.runtime", "checklist.kube-proxy");
		String critical = borderOfFirst(browser, "critical");
		String warning = borderOfFirst(browser, "warning");
		String ok = borderOfFirst(browser, "ok");
		String unknown = borderOfFirst(browser, "unknown");
		assertThat(List.of(critical, warning, ok, unknown)).doesNotHaveDuplicates()
			.noneMatch((c) -> c.equals("rgba(0, 0, 0, 0)"));
		WebElement general7 = browser.findElement(By.cssSelector("[data-check='checklist.node-conditions'] .finding[data-subject='general-7']"));
		assertThat(general7.getText()).contains("critical", "general-7", "Ready=Unknown");
		general7.findElement(By.tagName("summary")).click();
		assertThat(general7.findElement(By.cssSelector(".finding-command")).getText())
			.contains("kubectl describe node general-7 | grep -A 10 Conditions");
		assertThat(general7.findElement(By.cssSelector("a.panel-link")).getAttribute("href"))
			.endsWith("/clusters/demo/nodes#panel-nodes-table");
		assertThat(browser.findElement(By.id("check-checklist.kubelet")).getText()).contains("run on the node",
				"systemctl status kubelet");
		Chromium.screenshot(browser, "checklist.png");
	}

	@Test
	void inChinese(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/demo/checklist?lang=zh-CN");
		assertThat(browser.findElement(By.cssSelector("nav.pages a.current")).getText()).isEqualTo("检查清单");
		String text = browser.findElement(By.tagName("main")).getText();
		assertThat(text).contains("控制平面", "工作节点", "检查 etcd 大小", "严重", "警告", "未知", "在节点上运行",
				"kubectl describe node general-7 | grep -A 10 Conditions".substring(0, 20));
	}

	@Test
	void hostileTextIsShownAsTextAndNothingRuns(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/hostile/checklist?lang=en");
		assertThat(browser.findElements(By.cssSelector("main section.panel"))).hasSize(2);
		for (WebElement details : browser.findElements(By.cssSelector(".finding details summary"))) {
			details.click();
		}
		String text = browser.findElement(By.tagName("main")).getText();
		assertThat(text).contains("<script>window.__xss='script';alert(1)</script>", "onerror=");
		assertThat(browser.findElement(By.id("check-checklist.readyz")).getAttribute("data-level")).isEqualTo("critical");
		assertNothingRanAfterRefreshes(browser, 3);
	}

	/** The colour of the first line of a level: the demo's bad morning has lines of all four. */
	private static String borderOfFirst(ChromeDriver browser, String level) {
		return (String) browser.executeScript("return getComputedStyle(document.querySelector("
				+ "'.checklist-line[data-level=\"' + arguments[0] + '\"]')).borderLeftColor;", level);
	}


}
