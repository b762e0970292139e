package dev.kubeprint.architecture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
import dev.kubeprint.testing.DemoCopy;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview in a real browser: the drawing shows the control plane with its ports and the node groups,
 * and when the facts behind the running app change, the open page shows it without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// No other class shares this context (its clusters are its own): closing it stops its sources rather than
// leaving them running through the rest of the suite.
@DirtiesContext
class OverviewBrowserTests {

	private static Path snapshot;

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1750);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) {
		snapshot = DemoCopy.registerLab(registry);
	}

	@Test
	void diagramShowsControlPlaneWithPortsAndNodeGroups(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/lab");
		List<WebElement> boxes = browser.findElements(By.cssSelector("svg.diagram a.box"));
		assertThat(boxes).extracting((b) -> b.getAttribute("data-component"))
			.containsExactly("kube-apiserver", "kube-scheduler", "kube-controller-manager", "cloud-controller-manager",
					"etcd");
		String drawing = browser.findElement(By.cssSelector("svg.diagram")).getText();
		assertThat(drawing).contains(":6443", ":10259", ":10257", ":10258", ":2379/2380");
		assertThat(browser.findElements(By.cssSelector("svg.diagram a.card")))
			.extracting((c) -> c.getAttribute("data-card"))
			.contains("control-plane", "worker · general", "worker · memory", "worker · gpu");
		// the demo's etcd raised NOSPACE: etcdctl endpoint health says every member unhealthy
		assertThat(browser.findElement(By.cssSelector("[data-component='etcd']")).getAttribute("data-health"))
			.isEqualTo("DOWN");
	}

	@Test
	void aNodeGoingNotReadyShowsOnTheOpenPageWithoutAReload(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/lab");
		browser.executeScript("window.__notReloaded = true;");
		By general3 = By.cssSelector("#panel-node-groups [data-node='general-3']");
		assertThat(browser.findElements(general3)).isEmpty();

		DemoCopy.edit(snapshot.resolve("nodes.json"), "general-3", (node) -> {
			for (var condition : node.path("status").path("conditions")) {
				if ("Ready".equals(condition.path("type").asString())) {
					((ObjectNode) condition).put("status", "False")
						.put("reason", "KubeletNotReady")
						.put("message", "container runtime network not ready");
				}
			}
		});

		Chromium.waitUpTo(browser, Duration.ofSeconds(20)).until((d) -> !d.findElements(general3).isEmpty());
		assertThat(browser.findElement(general3).getText()).contains("container runtime network not ready");
		assertThat(browser.findElement(By.cssSelector("svg.diagram a[data-card='worker · general']")).getText())
			.contains("2 NotReady");
		assertThat(browser.executeScript("return window.__notReloaded === true;"))
			.as("the page was updated in place, not reloaded")
			.isEqualTo(true);
	}

	@Test
	void demoOverviewScreenshotForTheReadme(ChromeDriver browser) throws IOException {
		browser.get("http://localhost:" + port + "/clusters/demo");
		assertThat(browser.findElement(By.cssSelector(".demo-banner")).getText()).contains("DEMO CLUSTER");
		Chromium.screenshot(browser, "overview.png");
	}

}
