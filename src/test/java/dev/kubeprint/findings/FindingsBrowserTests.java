package dev.kubeprint.findings;

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

import dev.kubeprint.testing.ChromiumExtension;

import static dev.kubeprint.testing.HostileStrings.IMG;
import static dev.kubeprint.testing.HostileStrings.SCRIPT;
import static dev.kubeprint.testing.HostileStrings.assertNothingRanAfterRefreshes;
import static dev.kubeprint.testing.HostileStrings.json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings page in a real browser, in English and Chinese: levels in their colours, hostile names and errors
 * shown as text after htmx swaps, and the links between a finding and the panel that shows its subject.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Its clusters are its own: closing the context stops their sources.
@DirtiesContext
class FindingsBrowserTests {

	/** --down and --degraded of kubeprint.css, as the browser computes them. */
	private static final String DOWN = "rgba(214, 69, 69, 1)";

	private static final String DEGRADED = "rgba(214, 160, 30, 1)";

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1200);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path hostile = Files.createTempDirectory("kubeprint-findings-hostile");
		Files.writeString(hostile.resolve("objects.json"), """
				{"apiVersion":"v1","kind":"List","items":[
				 {"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":%1$s,"namespace":"app"},
				  "spec":{"storageClassName":%2$s,"volumeName":"pv-x","resources":{"requests":{"storage":"1Gi"}}},
				  "status":{"phase":"Pending"}},
				 {"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"pv-x"},
				  "spec":{"capacity":{"storage":"1Gi"},"claimRef":{"namespace":"app","name":%1$s},
				   "csi":{"driver":%2$s,"volumeHandle":%1$s}},
				  "status":{"phase":"Released"}},
				 {"apiVersion":"storage.k8s.io/v1","kind":"VolumeAttachment","metadata":{"name":"va-x"},
				  "spec":{"attacher":"x","nodeName":%1$s,"source":{"persistentVolumeName":"pv-x"}},
				  "status":{"attached":false,"attachError":{"message":%2$s}}}
				]}""".formatted(json(SCRIPT), json(IMG)));
		registry.add("kubeprint.clusters[0].name", () -> "hostile");
		registry.add("kubeprint.clusters[0].snapshot", hostile::toString);
		registry.add("kubeprint.clusters[1].demo", () -> "true");
		registry.add("kubeprint.ui.refresh-interval", () -> "300ms");
	}

	@Test
	void hostileSubjectsAndErrorsAreTextAndAlarmsAreColoured(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/hostile/findings?lang=en");
		assertNothingRanAfterRefreshes(browser, 4);
		String text = browser.findElement(By.tagName("body")).getText();
		assertThat(text).contains(SCRIPT).contains("onerror=");
		List<WebElement> alarms = browser.findElements(By.cssSelector("article.finding[data-level='critical'], "
				+ "article.finding[data-level='warning']"));
		assertThat(alarms).isNotEmpty().allSatisfy((a) -> {
			WebElement badge = a.findElement(By.cssSelector(".finding-level.badge"));
			assertThat(badge.getCssValue("background-color"))
				.isEqualTo("critical".equals(a.getAttribute("data-level")) ? DOWN : DEGRADED);
			assertThat(badge.getText()).isEqualTo(a.getAttribute("data-level"));
		});
	}

	@Test
	void aFindingLeadsToItsPanelAndThePanelBackToTheFinding(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/demo/findings?lang=en");
		WebElement first = browser.findElement(By.cssSelector("article.finding"));
		assertThat(first.getAttribute("data-level")).isEqualTo("critical");
		String panel = first.findElement(By.cssSelector("a.finding-panel")).getAttribute("href");
		String anchor = panel.substring(panel.indexOf('#') + 1);
		first.findElement(By.cssSelector("a.finding-panel")).click();
		assertThat(browser.getCurrentUrl()).isEqualTo(panel);
		WebElement target = browser.findElement(By.id(anchor));
		WebElement back = target.findElement(By.cssSelector(".panel-findings a"));
		assertThat(target.findElement(By.cssSelector(".panel-findings")).getAttribute("data-worst")).isEqualTo("critical");
		assertThat(back.getText()).contains("critical").contains("findings");
		assertThat(back.findElement(By.cssSelector(".count.level-critical")).getCssValue("color")).isEqualTo(DOWN);
		back.click();
		String finding = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
		assertThat(browser.getCurrentUrl()).contains("/clusters/demo/findings?page=1#finding-");
		assertThat(browser.findElement(By.id(finding)).getAttribute("data-level")).isEqualTo("critical");
		assertThat(browser.findElements(By.cssSelector("#panel-findings-list .panel-findings"))).isEmpty();
	}

	@Test
	void inChineseTheLevelsAndHeadingsAreChinese(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/demo/findings?lang=zh-CN");
		String text = browser.findElement(By.tagName("body")).getText();
		assertThat(text).contains("检查结果").contains("严重").contains("需要处理的在前");
		assertThat(browser.findElement(By.cssSelector("article.finding .finding-level.badge")).getText())
			.isEqualTo("严重");
		assertThat(browser.findElement(By.cssSelector("article.finding code.command")).getCssValue("user-select"))
			.isEqualTo("all");
	}

}
