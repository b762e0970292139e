package dev.kubeprint.etcd;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.ChromiumExtension;
import dev.kubeprint.testing.EtcdProcesses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The etcd page in a real browser against a real three-member etcd: quorum in words, then a member killed
 * while the page is open, then a second one, each shown without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The etcd members stop after the class: a cached context would go on polling them dead.
@DirtiesContext
class EtcdPageBrowserTests {

	@RegisterExtension
	static final EtcdProcesses etcd = new EtcdProcesses();

	private static EtcdProcesses.Cluster members;

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1200);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) {
		members = etcd.start(3);
		registry.add("kubeprint.clusters[0].demo", () -> "true");
		for (int i = 0; i < 3; i++) {
			int member = i;
			registry.add("kubeprint.clusters[0].etcd.endpoints[" + i + "]", () -> members.clientUrl(member));
		}
		registry.add("kubeprint.clusters[0].etcd.poll-interval", () -> "500ms");
		registry.add("kubeprint.clusters[0].etcd.call-timeout", () -> "1s");
		registry.add("kubeprint.ui.refresh-interval", () -> "500ms");
	}

	@Test
	@Timeout(120)
	void quorumThenOneMemberDownThenNoLeaderWithoutAReload(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/demo/etcd");
		By quorum = By.cssSelector("#panel-etcd-quorum .quorum");
		WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
		wait.until((d) -> !d.findElements(quorum).isEmpty()
				&& d.findElement(quorum).getText().equals("3 members, 3 healthy, quorum holds (needs 2)"));
		assertThat(browser.findElements(By.cssSelector("tr[data-member]"))).hasSize(3);
		assertThat(browser.findElement(By.cssSelector("#panel-etcd-quorum")).getText()).contains("leader");
		browser.executeScript("window.__notReloaded = true;");
		Chromium.screenshot(browser, "etcd.png");

		members.kill(2);
		wait.until((d) -> d.findElement(quorum).getText().equals("3 members, 2 healthy, quorum holds (needs 2)"));

		members.kill(1);
		wait.until((d) -> d.findElement(quorum).getText().startsWith("NO LEADER: 1 of 3 members healthy"));
		assertThat(browser.findElement(By.cssSelector(".etcd-summary")).getAttribute("class")).contains("no-leader");
		assertThat(browser.executeScript("return window.__notReloaded === true;")).isEqualTo(true);
	}

}
