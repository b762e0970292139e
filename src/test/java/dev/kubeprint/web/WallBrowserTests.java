package dev.kubeprint.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.ChromiumExtension;
import dev.kubeprint.testing.DemoCopy;
import dev.kubeprint.testing.UnreachableCluster;

import static dev.kubeprint.testing.HostileStrings.IMG;
import static dev.kubeprint.testing.HostileStrings.SCRIPT;
import static dev.kubeprint.testing.HostileStrings.assertNothingRanAfterRefreshes;
import static dev.kubeprint.testing.HostileStrings.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The wall in Chromium, in English and Chinese: a copy of the demo whose pods carry hostile messages, and a cluster
 * with a hostile name whose API server refuses connections. It rotates through both clusters' overview and alerts
 * by itself, says across its width that the second cannot be read, and its clock ticks; no navigation anywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class WallBrowserTests {

	static final String GONE = "gone" + IMG;

	/** As URLs carry it: a ';' would cut a path segment short. */
	static final String SHOWN = GONE.replace(';', '-');

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1600, 1000);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path lab = DemoCopy.into(Files.createTempDirectory("kubeprint-wall"));
		Files.writeString(lab.resolve("hostile-pods.json"), """
				{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"v1","kind":"Pod",
				 "metadata":{"name":%1$s,"namespace":"batch","creationTimestamp":"2026-11-20T06:00:00Z"},
				 "spec":{"containers":[{"name":"c","image":"busybox"}]},
				 "status":{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable","message":%2$s}]}}]}"""
			.formatted(json("hostile"), json(SCRIPT)));
		Path kubeconfig = UnreachableCluster.kubeconfig();
		registry.add("kubeprint.clusters[0].name", () -> "lab");
		registry.add("kubeprint.clusters[0].snapshot", lab::toString);
		registry.add("kubeprint.clusters[1].name", () -> GONE);
		registry.add("kubeprint.clusters[1].context", () -> "gone");
		registry.add("kubeprint.clusters[1].kubeconfig", kubeconfig::toString);
		registry.add("kubeprint.ui.refresh-interval", () -> "300ms");
		registry.add("kubeprint.web.wall.rotate-every", () -> "1s");
	}

	@ParameterizedTest
	@CsvSource({ "en, Overview, Alerts, unreachable: connection refused", "zh-CN, 总览, 告警, unreachable: connection refused" })
	void rotatesBySelfBannersWhatCannotBeReadAndTicks(String lang, String overview, String alerts, String reason,
			ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/wall?lang=" + lang);
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
		assertThat(browser.findElements(By.cssSelector("nav, .topbar, .footer"))).as("no navigation chrome").isEmpty();

		Set<String> seen = new HashSet<>();
		try {
			await("every cluster's overview and alerts, by itself").atMost(Duration.ofSeconds(30)).until(() -> {
				seen.add((String) browser.executeScript("var s = document.getElementById('wall-screen');"
					+ " return s.getAttribute('data-cluster') + '|' + s.getAttribute('data-page') + '|'"
					+ " + s.querySelector('.wall-page').textContent;"));
				return seen.containsAll(Set.of("lab|overview|" + overview, "lab|alerts|" + alerts,
						SHOWN + "|overview|" + overview, SHOWN + "|alerts|" + alerts));
			});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("The wall showed only " + seen, ex);
		}

		await("the unreachable cluster across the wall").atMost(Duration.ofSeconds(20))
			.until(() -> (String) browser.executeScript("var t = document.querySelector('#wall-banner .wall-trouble');"
					+ " return t ? t.textContent : '';"), (text) -> text.contains(SHOWN) && text.contains(reason));
		assertThat(browser.findElement(By.id("wall-banner")).getSize().getWidth())
			.isGreaterThanOrEqualTo(browser.findElement(By.tagName("body")).getSize().getWidth() - 1);

		String clock = (String) browser.executeScript("return document.querySelector('.wall-clock').textContent;");
		assertThat(clock).matches("\\d\\d:\\d\\d:\\d\\d");
		await("the clock ticks").atMost(Duration.ofSeconds(5))
			.until(() -> browser.executeScript("return document.querySelector('.wall-clock').textContent;"),
					(now) -> !clock.equals(now));

		assertNothingRanAfterRefreshes(browser, 6);
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.filteredOn((e) -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.as("no errors, no CSP violation")
			.isEmpty();
	}

	/**
	 * What Chromium would keep for a wall all day, per swap: a layout shift when content moves after it was first
	 * painted (kept up to 150), a timing entry per request (kept up to 250). Neither may pile up.
	 */
	@Test
	void keepsNoLayoutShiftsOrRequestTimingsAcrossSwaps(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/wall?lang=en");
		await("the banner settled").atMost(Duration.ofSeconds(20))
			.until(() -> (Boolean) browser.executeScript("return !!document.querySelector('#wall-banner .wall-trouble');"));
		browser.executeScript("window.swaps = 0; window.shifts = [];"
				+ " document.addEventListener('htmx:afterSwap', function () { window.swaps++; });"
				+ " var since = performance.now();"
				+ " new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
				+ "   if (e.startTime > since) window.shifts.push(e.sources.map(function (s) {"
				+ "     return s.node ? s.node.nodeName + ' ' + (s.node.textContent || '').slice(0, 40) : '?'; }).join(', ')); }); })"
				+ ".observe({ type: 'layout-shift', buffered: true });");
		await("ten swaps").atMost(Duration.ofSeconds(30))
			.until(() -> ((Number) browser.executeScript("return window.swaps;")).intValue() >= 10);
		assertThat((java.util.List<?>) browser.executeScript("return window.shifts;")).as("layout shifts after swaps").isEmpty();
		assertThat(((Number) browser.executeScript("return performance.getEntriesByType('resource').length;")).intValue())
			.as("request timings kept").isLessThanOrEqualTo(3);
	}

	@Test
	void anyPageWithWallDropsItsNavigationAndKeepsRefreshing(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/lab/alerts?wall&lang=en");
		assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("wall");
		assertThat(browser.findElements(By.cssSelector("nav, .topbar, .footer"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector(".wall-bar .wall-brand")).getText()).isEqualTo("lab");
		assertThat(browser.findElement(By.cssSelector(".wall-clock")).getText()).matches("\\d\\d:\\d\\d:\\d\\d");
		assertThat(browser.findElements(By.cssSelector("#panel-alerts-rules"))).hasSize(1);
		assertNothingRanAfterRefreshes(browser, 3);

		browser.get("http://localhost:" + port + "/clusters/lab/panels/summary?wall");
		assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("embed").contains("wall");
		assertThat(browser.findElements(By.cssSelector("#panel-summary"))).hasSize(1);
	}

}
