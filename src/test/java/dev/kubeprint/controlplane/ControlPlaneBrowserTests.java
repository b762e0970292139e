package dev.kubeprint.controlplane;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.kubeprint.testing.Chromium;
import dev.kubeprint.testing.ChromiumExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The control-plane page of the demo in a real browser: leaders, topology with real values, and why no probe. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "kubeprint.clusters[0].demo=true")
class ControlPlaneBrowserTests {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1600);

	@LocalServerPort
	int port;

	@Test
	void leadersTopologyAndTheMissingProbeAreShown(ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/demo/control-plane");
		assertThat(browser.findElement(By.cssSelector("#panel-cp-apiserver")).getText())
			.contains("LIST p99 5.6 s");
		assertThat(browser.findElement(By.id("component-kube-controller-manager")).getText())
			.contains("leader election, holder cp-1");
		String topology = browser.findElement(By.cssSelector("#panel-cp-topology")).getText();
		assertThat(topology).contains("Stacked etcd", "apiserver.prod.internal:6443", "8589934592", "cp-1", "cp-2",
				"cp-3");
		assertThat(browser.findElements(By.cssSelector(".topology-stacked .host .part.etcd"))).hasSize(3);
		assertThat(browser.findElement(By.cssSelector("nav.pages a.current")).getText()).isEqualTo("Control plane");
		Chromium.screenshot(browser, "control-plane.png");
	}

}
