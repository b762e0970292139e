package dev.kubeprint.web.access;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.ChromiumExtension;
import dev.kubeprint.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An embed left open while its viewer token expires, in a real browser (en, zh): its next refresh is refused, and
 * the frame drops its panels and says that access ended, in its language, rather than going on showing the last
 * numbers it got as if they were current.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AccessEndedBrowserTests {

	private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

	private static final String ENGLISH = "embed-en-token-0123456789";

	private static final String CHINESE = "embed-zh-token-0123456789";

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1000, 800);

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(START);
		}

	}

	@DynamicPropertySource
	static void access(DynamicPropertyRegistry registry) {
		AccessFixtures.register(registry, AccessFixtures.CLUSTERS, """
				kubeprint.access.mode=proxy
				kubeprint.access.proxy.trusted-addresses=192.0.2.1/32
				kubeprint.ui.refresh-interval=300ms
				kubeprint.access.viewer-tokens[0].name=embed-en
				kubeprint.access.viewer-tokens[0].clusters=lab
				kubeprint.access.viewer-tokens[0].panels=node-groups
				kubeprint.access.viewer-tokens[0].expires=2030-01-01T01:00:00Z
				kubeprint.access.viewer-tokens[1].name=embed-zh
				kubeprint.access.viewer-tokens[1].clusters=lab
				kubeprint.access.viewer-tokens[1].panels=node-groups
				kubeprint.access.viewer-tokens[1].expires=2030-01-01T03:00:00Z
				""");
		registry.add("kubeprint.access.viewer-tokens[0].sha256", () -> AccessFixtures.sha256(ENGLISH));
		registry.add("kubeprint.access.viewer-tokens[1].sha256", () -> AccessFixtures.sha256(CHINESE));
	}

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void anEmbedWhoseTokenExpiresSaysAccessEndedInsteadOfShowingOldData(ChromeDriver browser) {
		String[][] cases = { { ENGLISH, "en", "Access ended" }, { CHINESE, "zh-CN", "访问已结束" } };
		for (String[] embed : cases) {
			browser.get("http://127.0.0.1:" + port + "/embed/clusters/lab/panels/node-groups?lang=" + embed[1]
					+ "&token=" + embed[0]);
			var wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
			wait.until((d) -> !d.findElements(By.cssSelector("#panel-node-groups [data-node]")).isEmpty());
			assertThat(browser.findElements(By.cssSelector(".access-ended"))).isEmpty();

			clock.advance(Duration.ofHours(2));

			wait.until((d) -> !d.findElements(By.cssSelector(".access-ended")).isEmpty());
			assertThat(browser.findElement(By.cssSelector(".access-ended")).getText()).startsWith(embed[2]);
			assertThat(browser.findElements(By.cssSelector(".panel"))).as("no panel is left showing old data").isEmpty();
			assertThat(browser.findElements(By.cssSelector("[data-node]"))).isEmpty();
			Chromium.screenshot(browser, "access-ended-" + embed[1] + ".png");
		}
	}

}
