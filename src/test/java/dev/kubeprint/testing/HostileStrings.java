package dev.kubeprint.testing;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a hostile object says, and how a page proves it said it harmlessly. A snapshot is anyone's file and a
 * real cluster's names, labels and annotations are anyone's text; each payload sets window.__xss if it ever
 * runs.
 */
public final class HostileStrings {

	public static final String SCRIPT = "<script>window.__xss='script';alert(1)</script>";

	public static final String IMG = "\"><img src=x onerror=\"window.__xss='img';alert(1)\">";

	public static final String JS_URL = "javascript:window.__xss='url';alert(1)";

	private HostileStrings() {
	}

	/** As a JSON string literal, quotes included, for writing the payloads into snapshot files. */
	public static String json(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/**
	 * Lets a few htmx refreshes swap fragments in (where injected HTML would come alive), then checks that no
	 * payload ran and none became markup: no alert, no injected img or b element, no javascript: link, and
	 * only scripts the app itself loads.
	 */
	public static void assertNothingRanAfterRefreshes(ChromeDriver browser, int refreshes) {
		browser.executeScript("document.body.addEventListener('htmx:afterRequest', () => "
				+ "window.__refreshes = (window.__refreshes || 0) + 1);");
		Chromium.waitUpTo(browser, Duration.ofSeconds(20))
			.until((d) -> ((Number) browser.executeScript("return window.__refreshes || 0;")).intValue() >= refreshes);
		assertThat(browser.executeScript("return window.__xss === undefined;")).as("no payload ran").isEqualTo(true);
		assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		assertThat(browser.findElements(By.cssSelector("img[src='x'], b"))).as("no payload became markup").isEmpty();
		assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
		assertThat(browser.findElements(By.tagName("script")))
			.allSatisfy((s) -> assertThat(s.getAttribute("src")).isNotBlank());
	}

}
