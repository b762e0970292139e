package dev.kubeprint.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.ChromiumExtension;
import dev.kubeprint.testing.DemoCopy;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storage page in a real browser: the chain of a claim is drawn with each link in its state's colour
 * and the reason on hover, and a fix in the cluster shows on the open page without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// No other class shares this context (its clusters are its own): closing it stops its sources rather than
// leaving them running through the rest of the suite.
@DirtiesContext
class StorageBrowserTests {

	/** --down and --healthy of kubeprint.css, as the browser computes them. */
	private static final String DOWN = "rgba(214, 69, 69, 1)";

	private static final String HEALTHY = "rgba(46, 157, 91, 1)";

	private static final By REDIS_CSINODE = By
		.cssSelector("article[data-chain='data/data-redis-0'] li[data-link='csinode']");

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
	void theRedisChainShowsTheMissingDriverInTheDownColourWithTheReasonOnHover(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/demo/storage");
		assertThat(browser.findElement(By.cssSelector("nav.pages a.current")).getText()).isEqualTo("Storage");
		WebElement csiNode = browser.findElement(REDIS_CSINODE);
		assertThat(csiNode.getAttribute("data-health")).isEqualTo("DOWN");
		assertThat(csiNode.getCssValue("border-top-color")).isEqualTo(DOWN);
		assertThat(csiNode.getAttribute("title"))
			.isEqualTo("diskplugin.csi.alibabacloud.com is not registered on memory-5");
		WebElement reason = csiNode.findElement(By.cssSelector(".link-reason"));
		assertThat(reason.isDisplayed()).isFalse();
		new Actions(browser).moveToElement(csiNode).perform();
		assertThat(reason.isDisplayed()).isTrue();
		WebElement storageClass = browser
			.findElement(By.cssSelector("article[data-chain='data/data-redis-0'] li[data-link='storageclass']"));
		assertThat(storageClass.getCssValue("border-top-color")).isEqualTo(HEALTHY);
		assertThat(browser.findElements(By.cssSelector("article[data-chain='data/data-redis-0'] li.chain-link")))
			.extracting((l) -> l.getAttribute("data-link"))
			.containsExactly("pods", "pvc", "pv", "storageclass", "csidriver", "csinode", "volumeattachment", "backend");
		assertThat(browser.findElement(By.cssSelector("#panel-storage-broken")).getText())
			.contains("kubectl get csinode memory-5 -o yaml", "kubectl -n batch describe pvc report-scratch");
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.as("console errors, e.g. CSP violations")
			.filteredOn((e) -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			// The app serves no favicon on any page; that is not this page's error.
			.filteredOn((e) -> !e.getMessage().contains("/favicon.ico"))
			.isEmpty();
	}

	@Test
	void demoStorageScreenshotForTheReadme(ChromeDriver browser) throws IOException {
		browser.get("http://localhost:" + port + "/clusters/demo/storage");
		assertThat(browser.findElement(By.cssSelector(".demo-banner")).getText()).contains("DEMO CLUSTER");
		Chromium.screenshot(browser, "storage.png");
	}

	@Test
	void registeringTheDriverOnMemory5ShowsOnTheOpenPageWithoutAReload(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/lab/storage");
		browser.executeScript("window.__notReloaded = true;");
		assertThat(browser.findElement(REDIS_CSINODE).getAttribute("data-health")).isEqualTo("DOWN");

		DemoCopy.edit(snapshot.resolve("csinodes.json"), "memory-5", (node) -> {
			ObjectNode driver = ((ArrayNode) node.path("spec").path("drivers")).addObject();
			driver.put("name", "diskplugin.csi.alibabacloud.com").put("nodeID", "i-memory-5");
			driver.putObject("allocatable").put("count", 15);
		});

		Chromium.waitUpTo(browser, Duration.ofSeconds(20))
			.until((d) -> "HEALTHY".equals(d.findElement(REDIS_CSINODE).getAttribute("data-health")));
		assertThat(browser.findElement(REDIS_CSINODE).getCssValue("border-top-color")).isEqualTo(HEALTHY);
		assertThat(browser.findElements(By.cssSelector("#panel-storage-broken tr[data-kind='driver-missing-on-node']")))
			.isEmpty();
		assertThat(browser.executeScript("return window.__notReloaded === true;"))
			.as("the page was updated in place, not reloaded")
			.isEqualTo(true);
	}

}
