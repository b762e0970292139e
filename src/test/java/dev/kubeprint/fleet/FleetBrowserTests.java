package dev.kubeprint.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.ChromiumExtension;
import dev.kubeprint.testing.DemoCopy;

import static dev.kubeprint.testing.HostileStrings.IMG;
import static dev.kubeprint.testing.HostileStrings.SCRIPT;
import static dev.kubeprint.testing.HostileStrings.assertNothingRanAfterRefreshes;
import static dev.kubeprint.testing.HostileStrings.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fleet in Chromium, in English and Chinese: the demo, a healthy-looking copy of it, and a copy whose name and
 * pods are hostile. The filter narrows the tiles as one types, through htmx, and nothing hostile runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class FleetBrowserTests {

	static final String HOSTILE = "x" + IMG.replace(';', '-');

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1000);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path lab = DemoCopy.into(Files.createTempDirectory("kubeprint-fleet-lab"));
		Path hostile = DemoCopy.into(Files.createTempDirectory("kubeprint-fleet-hostile"));
		Files.writeString(hostile.resolve("hostile-pods.json"), """
				{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"v1","kind":"Pod",
				 "metadata":{"name":%1$s,"namespace":"batch","creationTimestamp":"2026-11-20T06:00:00Z"},
				 "spec":{"containers":[{"name":"c","image":"busybox"}]},
				 "status":{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable","message":%1$s}]}}]}"""
			.formatted(json(SCRIPT)));
		registry.add("kubeprint.clusters[0].demo", () -> "true");
		registry.add("kubeprint.clusters[1].name", () -> "lab");
		registry.add("kubeprint.clusters[1].snapshot", lab::toString);
		registry.add("kubeprint.clusters[2].name", () -> HOSTILE);
		registry.add("kubeprint.clusters[2].snapshot", hostile::toString);
		registry.add("kubeprint.ui.refresh-interval", () -> "300ms");
	}

	@ParameterizedTest
	@CsvSource({ "en, 3 of 3 clusters, 1 of 3 clusters, down", "zh-CN, 共 3 个集群，显示 3 个, 共 3 个集群，显示 1 个, 故障" })
	void filtersAsOneTypesAndNothingHostileRuns(String lang, String all, String one, String down, ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/?lang=" + lang);
		assertThat(browser.findElement(By.cssSelector(".fleet-count")).getText()).isEqualTo(all);
		assertThat(clusters(browser)).containsExactlyInAnyOrder("demo", "lab", HOSTILE);
		WebElement hostile = browser.findElement(By.cssSelector(".tile:last-of-type h2 a"));
		assertThat(browser.findElements(By.cssSelector(".tile h2 a"))).extracting(WebElement::getText).contains(HOSTILE);
		assertThat(browser.findElement(By.cssSelector(".tile-state")).getText()).isEqualTo(down);
		assertThat(hostile.getAttribute("href")).startsWith("http://localhost:" + port + "/clusters/");

		browser.findElement(By.name("q")).sendKeys("LA");
		Chromium.waitUpTo(browser, Duration.ofSeconds(10)).until((b) -> clusters(b).equals(List.of("lab")));
		assertThat(browser.findElement(By.cssSelector(".fleet-count")).getText()).isEqualTo(one);
		browser.findElement(By.name("q")).clear();
		browser.findElement(By.name("q")).sendKeys("x");
		new Select(browser.findElement(By.name("state"))).selectByValue("down");
		Chromium.waitUpTo(browser, Duration.ofSeconds(10)).until((b) -> clusters(b).equals(List.of(HOSTILE)));
		assertNothingRanAfterRefreshes(browser, 3);
	}

	private static List<String> clusters(org.openqa.selenium.WebDriver browser) {
		return browser.findElements(By.cssSelector(".tile")).stream().map((t) -> t.getAttribute("data-cluster")).toList();
	}

}
