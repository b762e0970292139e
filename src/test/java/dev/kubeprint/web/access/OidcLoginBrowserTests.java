package dev.kubeprint.web.access;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.ChromiumExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through a real issuer in a real browser: nora of group noc opens Kubeprint, is sent to the issuer's
 * login form, comes back, and sees the one cluster her group may see; the other is not named anywhere, and asking
 * for it by name reads like asking for a cluster that does not exist. When her session ends while a page is open,
 * the page's next refresh takes her back through the issuer by itself; signing out ends her session here and at
 * the issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext
class OidcLoginBrowserTests {

	private static final int PORT = TestIssuer.freePort();

	private static ConfigurableApplicationContext issuer;

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1200, 900);

	@DynamicPropertySource
	static void access(DynamicPropertyRegistry registry) {
		int issuerPort = TestIssuer.freePort();
		issuer = TestIssuer.start(issuerPort, PORT);
		AccessFixtures.register(registry, AccessFixtures.CLUSTERS, """
				kubeprint.access.mode=oidc
				kubeprint.access.oidc.client-id=kubeprint
				kubeprint.access.oidc.client-secret=kubeprint-secret
				kubeprint.access.oidc.groups-claim=groups
				kubeprint.ui.refresh-interval=500ms
				""");
		registry.add("kubeprint.access.oidc.issuer-uri", () -> TestIssuer.uri(issuerPort));
		registry.add("server.port", () -> PORT);
	}

	@AfterAll
	static void stopIssuer() {
		if (issuer != null) {
			issuer.close();
		}
	}

	@Test
	void aUserOfGroupNocSignsInAndSeesOnlyTheClusterOfTheGroup(ChromeDriver browser) {
		browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		browser.get("http://127.0.0.1:" + PORT + "/");
		var wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
		signInAtTheIssuer(browser);
		// Two clusters are configured, so sign-in ends on the fleet, which has a tile for the one nora may see.
		wait.until(ExpectedConditions.urlMatches("^http://127\\.0\\.0\\.1:" + PORT + "/(\\?continue)?$"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-cluster='lab']")));
		assertThat(browser.getPageSource()).doesNotContain(AccessFixtures.SECRET_CLUSTER);
		browser.findElement(By.cssSelector("[data-cluster='lab'] a")).click();
		wait.until(ExpectedConditions.urlToBe("http://127.0.0.1:" + PORT + "/clusters/lab"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("panel-diagram")));
		assertThat(browser.findElements(By.cssSelector("nav.clusters a"))).extracting(WebElement::getText)
			.containsExactly(AccessFixtures.OTHER_CLUSTER);
		assertThat(browser.getPageSource()).doesNotContain(AccessFixtures.SECRET_CLUSTER);
		Chromium.screenshot(browser, "signed-in-noc.png");

		browser.get("http://127.0.0.1:" + PORT + "/clusters/zeta-prod/nodes");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.message-page")));
		String forbidden = browser.getPageSource();
		assertThat(forbidden).doesNotContain(AccessFixtures.SECRET_CLUSTER).doesNotContain("general-7");
		browser.get("http://127.0.0.1:" + PORT + "/clusters/no-such-cluster/nodes");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.message-page")));
		assertThat(browser.getPageSource()).isEqualTo(forbidden);
	}

	@Test
	void whenTheSessionEndsThePageGoesBackThroughTheIssuerByItself(ChromeDriver browser) {
		var wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
		signedInOn(browser, "/clusters/lab");
		browser.executeScript("window.__before = true;");
		// What the page said before it left, kept across the navigation (same origin, same tab).
		browser.executeScript("document.addEventListener('kubeprint-session-ended', function () {"
				+ " var b = document.querySelector('.session-banner');"
				+ " sessionStorage.setItem('said', b ? b.textContent : 'nothing'); });");
		// The session ends (here and at the issuer): nothing is done in the page, its refreshes find out.
		browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
		assertThat(browser.getCurrentUrl()).startsWith("http://localhost:");
		signInAtTheIssuer(browser);
		// Back on the page it was on, a new page, with fresh data.
		wait.until(ExpectedConditions.urlMatches("^http://127\\.0\\.0\\.1:" + PORT + "/clusters/lab(\\?continue)?$"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("panel-diagram")));
		assertThat(browser.executeScript("return window.__before === true;")).isEqualTo(false);
		assertThat(browser.executeScript("return sessionStorage.getItem('said');"))
			.isEqualTo("Your sign-in has ended: signing in again…");
	}

	@Test
	void signingOutEndsTheSessionHereAndAtTheIssuerInEnglishAndChinese(ChromeDriver browser) {
		var wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
		for (String[] language : new String[][] { { "en", "Sign out" }, { "zh-CN", "退出登录" } }) {
			signedInOn(browser, "/clusters/lab?lang=" + language[0]);
			WebElement signOut = wait
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector("header.topbar form.sign-out button")));
			assertThat(signOut.getText()).isEqualTo(language[1]);
			assertThat(browser.findElement(By.cssSelector("form.sign-out")).getAttribute("method")).isEqualTo("post");
			assertThat(browser.findElements(By.cssSelector("form.sign-out input[name='_csrf']"))).hasSize(1);
			Chromium.screenshot(browser, "sign-out-" + language[0] + ".png");
			signOut.click();
			// Back at "/", which asks to sign in; the issuer asks for a password, as its session ended too.
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
			assertThat(browser.getCurrentUrl()).startsWith("http://localhost:");
			browser.get("http://127.0.0.1:" + PORT + "/clusters/lab");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
		}
	}

	/** Signed in from nothing, on {@code path}. */
	private static void signedInOn(ChromeDriver browser, String path) {
		var wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
		browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		browser.get("http://127.0.0.1:" + PORT + path);
		signInAtTheIssuer(browser);
		wait.until(ExpectedConditions.urlContains("127.0.0.1:" + PORT + "/clusters/lab"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("panel-diagram")));
	}

	private static void signInAtTheIssuer(ChromeDriver browser) {
		var wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.urlContains("localhost"));
		WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
		user.sendKeys(TestIssuer.USER);
		browser.findElement(By.name("password")).sendKeys(TestIssuer.PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

}
