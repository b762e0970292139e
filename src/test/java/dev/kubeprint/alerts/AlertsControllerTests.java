package dev.kubeprint.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.kubeprint.testing.TestClock;
import dev.kubeprint.testing.PageSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The alerts page of the demo, its panel and JSON twin, and the overview's headline, as the test clock moves past
 * the rules' for: while the facts stay the same.
 */
@PageSliceTest
@Import(AlertsControllerTests.Time.class)
class AlertsControllerTests {

	static final Instant START = Instant.parse("2026-11-20T08:01:00Z");

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(START);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Test
	void pendingThenFiringWhileTheFactsStayTheSame() throws Exception {
		String html = mvc.perform(get("/clusters/demo/alerts")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"panel-alerts-rules\"")
			.contains("data-alert=\"EtcdDatabaseSizeHigh\"")
			.contains("etcd_mvcc_db_total_size_in_bytes / etcd_server_quota_backend_bytes &gt; 0.8")
			.contains("https://runbooks.prometheus-operator.dev/runbooks/etcd/etcdbackendquotalowspace")
			.contains("etcdBackendQuotaLowSpace")
			.contains("database &gt; 95 % of its quota for 10 min (critical)")
			.contains("class=\"current\">Alerts</a>");
		MvcResult json = mvc.perform(get("/api/clusters/demo/alerts").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[3].alert").value("EtcdDatabaseSizeHigh"))
			.andExpect(jsonPath("$.rows[3].condition").value("true"))
			.andExpect(jsonPath("$.rows[3].state").value("pending"))
			.andExpect(jsonPath("$.rows[3].firesAt").value("2026-11-20T08:06:00Z"))
			.andExpect(jsonPath("$.rows[3].mixin.alert").value("etcdBackendQuotaLowSpace"))
			.andExpect(jsonPath("$.rows[0].state").value("inactive"))
			.andExpect(jsonPath("$.rows[4].basis").value(containsString("scheduler_pending_pods is not scraped")))
			.andReturn();
		String jsonEtag = json.getResponse().getHeader("ETag");
		mvc.perform(get("/api/clusters/demo/alerts").header("If-None-Match", jsonEtag))
			.andExpect(status().isNotModified());
		MvcResult pending = panel(null);
		assertThat(body(pending)).contains("data-alert=\"EtcdDatabaseSizeHigh\" data-state=\"pending\"");
		String etag = etagOf(body(pending));
		mvc.perform(get("/clusters/demo/panels/alerts-rules").header("HX-Request", "true").param("have", etag))
			.andExpect(status().isNoContent());

		clock.advance(Duration.ofMinutes(5));
		MvcResult firing = panel(etag);
		assertThat(firing.getResponse().getStatus()).as("a new state is a new etag").isEqualTo(200);
		assertThat(body(firing)).contains("data-alert=\"EtcdDatabaseSizeHigh\" data-state=\"firing\"")
			.contains("data-alert=\"KubeAPIServerLatencyHigh\" data-state=\"firing\"")
			.contains("pending → firing");
		mvc.perform(get("/api/clusters/demo/alerts").header("If-None-Match", jsonEtag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[3].state").value("firing"))
			.andExpect(jsonPath("$.rows[3].since").value("2026-11-20T08:06:00Z"))
			.andExpect(jsonPath("$.headline.firing[1]").value("EtcdDatabaseSizeHigh"));
	}

	@Test
	void theOverviewCountsFiringAndPendingAndLinksToThePage() throws Exception {
		mvc.perform(get("/clusters/demo"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"panel-alerts-headline\"")))
			.andExpect(content().string(containsString("href=\"/clusters/demo/alerts\"")));
		mvc.perform(get("/clusters/demo/panels/alerts-headline").header("HX-Request", "true").param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("全部告警规则")));
	}

	private MvcResult panel(String have) throws Exception {
		var request = get("/clusters/demo/panels/alerts-rules").header("HX-Request", "true");
		return mvc.perform(have == null ? request : request.param("have", have)).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	private static String etagOf(String html) {
		int at = html.indexOf("data-etag=\"") + "data-etag=\"".length();
		return html.substring(at, html.indexOf('"', at));
	}

}
