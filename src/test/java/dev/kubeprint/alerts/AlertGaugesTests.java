package dev.kubeprint.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * kubeprint_alert_state in /actuator/prometheus: one series per cluster, rule and state, 1 for the state the
 * monitor's own ticks put the rule in and 0 for the others, moving with the clock alone.
 */
@SpringBootTest(properties = "kubeprint.clusters[0].demo=true")
@AutoConfigureMockMvc
@Import(AlertGaugesTests.Time.class)
class AlertGaugesTests {

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2026-11-20T08:01:00Z"));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Test
	void oneForTheCurrentStateZeroForTheOthers() throws Exception {
		await("the monitor evaluates the demo").atMost(Duration.ofSeconds(20))
			.until(() -> scrape().contains(series("EtcdDatabaseSizeHigh", "pending") + " 1.0"));
		String text = scrape();
		assertThat(text).contains("# TYPE kubeprint_alert_state gauge")
			.contains(series("EtcdDatabaseSizeHigh", "firing") + " 0.0")
			.contains(series("EtcdDatabaseSizeHigh", "inactive") + " 0.0")
			.contains(series("EtcdDatabaseSizeHigh", "resolved") + " 0.0")
			.contains(series("EtcdDatabaseSizeHigh", "unknown") + " 0.0")
			.contains(series("KubeAPIServerDown", "inactive") + " 1.0");
		List<String> lines = text.lines().filter((l) -> l.startsWith("kubeprint_alert_state{")).toList();
		assertThat(lines).as("clusters × rules × states").hasSize(1 * 5 * 5);
		assertThat(lines.stream().filter((l) -> l.endsWith(" 1.0"))).as("one state per rule").hasSize(5);

		clock.advance(Duration.ofMinutes(5));
		await("the next tick fires it").atMost(Duration.ofSeconds(20))
			.until(() -> scrape().contains(series("EtcdDatabaseSizeHigh", "firing") + " 1.0"));
		assertThat(scrape()).contains(series("EtcdDatabaseSizeHigh", "pending") + " 0.0");
	}

	private String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
	}

	private static String series(String alert, String state) {
		return "kubeprint_alert_state{alertname=\"" + alert + "\",cluster=\"demo\",state=\"" + state + "\"}";
	}

}
