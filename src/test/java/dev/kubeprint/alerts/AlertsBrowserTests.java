package dev.kubeprint.alerts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * The alerts page and the overview's headline in Chromium, in English and Chinese, on a dump whose etcd members
 * carry hostile names: 60 pods have waited for a node since long before the capture, so the backlog rule fires as
 * the page opens, and a member without leader makes EtcdNoLeader pending.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Its clusters are its own: closing the context stops its sources rather than leaving them to the rest of the suite.
@DirtiesContext
class AlertsBrowserTests {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1400, 1200);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void clusters(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("kubeprint-hostile-alerts");
		List<String> pods = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			pods.add("""
					{"apiVersion":"v1","kind":"Pod","metadata":{"name":"wait-%d","namespace":"batch","creationTimestamp":"2026-11-20T06:00:00Z"},
					 "spec":{"containers":[{"name":"c","image":"busybox"}]},
					 "status":{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable","message":%s}]}}"""
				.formatted(i, json(SCRIPT)));
		}
		Files.writeString(dir.resolve("pods.json"),
				"{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[" + String.join(",", pods) + "]}");
		Files.writeString(dir.resolve("etcd-member-list.json"), """
				{"header":{"cluster_id":1,"member_id":11,"raft_term":2},"members":[
				 {"ID":11,"name":%1$s,"peerURLs":["https://10.0.0.11:2380"],"clientURLs":["https://10.0.0.11:2379"]},
				 {"ID":12,"name":%2$s,"peerURLs":["https://10.0.0.12:2380"],"clientURLs":["https://10.0.0.12:2379"]}]}"""
			.formatted(json(SCRIPT), json(IMG)));
		Files.writeString(dir.resolve("etcd-endpoint-status.json"), """
				[{"Endpoint":"https://10.0.0.11:2379","Status":{"header":{"cluster_id":1,"member_id":11,"revision":5,"raft_term":2},
				  "version":"3.5.15","dbSize":1000000,"leader":0,"raftIndex":9,"raftTerm":2,"raftAppliedIndex":9,"dbSizeInUse":900000}},
				 {"Endpoint":"https://10.0.0.12:2379","Status":{"header":{"cluster_id":1,"member_id":12,"revision":5,"raft_term":2},
				  "version":"3.5.15","dbSize":1000000,"leader":0,"raftIndex":9,"raftTerm":2,"raftAppliedIndex":9,"dbSizeInUse":900000}}]""");
		registry.add("kubeprint.clusters[0].name", () -> "hostile");
		registry.add("kubeprint.clusters[0].snapshot", dir::toString);
		registry.add("kubeprint.ui.refresh-interval", () -> "300ms");
	}

	@ParameterizedTest
	@CsvSource({ "en, firing, pending, all alert rules", "zh-CN, 告警中, 等待中, 全部告警规则" })
	void statesColouredHostileTextAsTextAndNothingRuns(String lang, String firing, String pending, String link,
			ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/clusters/hostile/alerts?lang=" + lang);
		WebElement backlog = browser.findElement(By.cssSelector("tr[data-alert='KubeSchedulerPendingPods']"));
		assertThat(backlog.getAttribute("data-state")).isEqualTo("firing");
		assertThat(backlog.findElement(By.cssSelector(".alert-state")).getText()).isEqualTo(firing);
		assertThat(backlog.findElement(By.cssSelector(".alert-state")).getCssValue("background-color"))
			.as("firing is red").isEqualTo("rgba(214, 69, 69, 1)");
		assertThat(backlog.getText()).contains("60").contains("2026-11-20T06:00:00Z");

		WebElement leader = browser.findElement(By.cssSelector("tr[data-alert='EtcdNoLeader']"));
		// for: 1m runs on the real clock here: by the second language it may have fired.
		String leaderState = leader.getAttribute("data-state");
		assertThat(leaderState).isIn("pending", "firing");
		assertThat(leader.findElement(By.cssSelector(".alert-state")).getText())
			.isEqualTo(leaderState.equals("pending") ? pending : firing);
		assertThat(leader.getText()).contains(SCRIPT).contains(IMG);
		assertThat(browser.findElement(By.cssSelector("tr[data-alert='KubeAPIServerDown']")).getAttribute("data-state"))
			.isEqualTo("unknown");
		assertThat(browser.findElements(By.cssSelector("a[href^='https://runbooks.prometheus-operator.dev/']")))
			.hasSize(5);
		assertNothingRanAfterRefreshes(browser, 3);

		browser.get("http://localhost:" + port + "/clusters/hostile?lang=" + lang);
		WebElement headline = browser.findElement(By.cssSelector("#panel-alerts-headline"));
		WebElement counts = headline.findElement(By.cssSelector(".alerts-headline"));
		assertThat(Integer.parseInt(counts.getAttribute("data-firing")) + Integer.parseInt(counts.getAttribute("data-pending")))
			.isEqualTo(2);
		assertThat(counts.getText()).contains("KubeSchedulerPendingPods").contains("EtcdNoLeader");
		assertThat(headline.findElement(By.linkText(link)).getAttribute("href")).endsWith("/clusters/hostile/alerts");
	}

}
