package dev.kubeprint.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.kubeprint.testing.Kubeconfigs;
import dev.kubeprint.testing.ChromiumExtension;
import dev.kubeprint.testing.TestClock;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The wall says when a cluster's data is stale, and stops saying it when fresh data arrives. A live cluster (an API
 * server played by WireMock) syncs, then its pods can no longer be read: the API server answers 503, not a refused
 * connection, so the cluster is stale but not unreachable. The banner names the pods and when they were last
 * current; the app's clock is moved past the staleness and it still claims no more than that (the other kinds are
 * fresh, so "no fresh data for more than 60 s" would be false). Then the pods can be read again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WallStaleBrowserTests.Time.class)
@DirtiesContext
class WallStaleBrowserTests {

	static final WireMockServer API = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension(1600, 1000);

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
		}

	}

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void cluster(DynamicPropertyRegistry registry) throws IOException {
		API.start();
		quietCluster();
		Path kubeconfig = Kubeconfigs.oneContext("lab", API.baseUrl());
		registry.add("kubeprint.clusters[0].name", () -> "lab");
		registry.add("kubeprint.clusters[0].context", () -> "lab");
		registry.add("kubeprint.clusters[0].kubeconfig", kubeconfig::toString);
		registry.add("kubeprint.staleness", () -> "60s");
		registry.add("kubeprint.ui.refresh-interval", () -> "300ms");
		registry.add("kubeprint.web.wall.rotate-every", () -> "1s");
	}

	/**
	 * Every kind lists empty; watches end at once, except the pods' watch, which sends a bookmark after a moment, so
	 * that the pods are asked for again and again and a failure shows within a second, not after a backoff.
	 */
	private static void quietCluster() {
		API.stubFor(get(anyUrl()).atPriority(10).withQueryParam("watch", absent())
			.willReturn(json("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"100\"},\"items\":[]}")));
		API.stubFor(get(anyUrl()).atPriority(10).withQueryParam("watch", equalTo("1")).willReturn(aResponse().withStatus(200)));
		API.stubFor(get(urlPathEqualTo("/api/v1/pods")).atPriority(5).withQueryParam("watch", equalTo("1"))
			.willReturn(aResponse().withStatus(200).withFixedDelay(200).withBody("{\"type\":\"BOOKMARK\",\"object\":{"
					+ "\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"101\"}}}\n")));
		API.stubFor(get(urlPathEqualTo("/version")).atPriority(5).willReturn(json(resource("/live/version.json"))));
	}

	@AfterAll
	static void stop() {
		API.stop();
	}

	@ParameterizedTest
	@CsvSource({ "en, 'STALE: pods not refreshed since ', 'STALE: '", "zh-CN, '数据过期：pods 自 ', '数据过期：'" })
	void bannersStaleDataAndClearsWhenFreshDataArrives(String lang, String stale, String staleAtAll,
			ChromeDriver browser) {
		browser.get("http://localhost:" + port + "/wall?lang=" + lang);
		assertThat(browser.executeScript("return document.documentElement.lang")).isEqualTo(lang);
		// A kind that never synced is unreadable when its server fails, not stale: the pods must have been listed.
		await("the pods listed and watched").atMost(Duration.ofSeconds(30))
			.until(() -> !API.findAll(getRequestedFor(urlPathEqualTo("/api/v1/pods")).withQueryParam("watch", equalTo("1")))
				.isEmpty());
		await("a quiet banner while the data is fresh").atMost(Duration.ofSeconds(30)).until(() -> banner(browser), String::isEmpty);

		StubMapping failing = API.stubFor(get(urlPathEqualTo("/api/v1/pods")).atPriority(1)
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
						+ "\"message\":\"etcdserver: request timed out\",\"reason\":\"ServiceUnavailable\",\"code\":503}")));
		await("the stale cluster across the wall").atMost(Duration.ofSeconds(30))
			.until(() -> banner(browser), (text) -> text.contains("lab") && text.contains(stale));
		assertThat(banner(browser)).as("only the pods are stale: nothing says the cluster's data as a whole is old")
			.doesNotContain("60");
		// Past the staleness the cluster is still stale, in either words: until the next republish its data as a whole
		// is older than 60 s too, and the banner may say so.
		clock.advance(Duration.ofSeconds(61));
		await("still stale once the clock has moved on").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
			.until(() -> banner(browser), (text) -> text.contains("lab") && text.contains(staleAtAll));
		assertThat(banner(browser)).as("stale, not unreachable: the API server answers").doesNotContain("unreachable");
		await("marked as trouble once settled").atMost(Duration.ofSeconds(10)).until(() -> bannerClass(browser),
				(c) -> c.contains("has-trouble"));

		API.removeStub(failing);
		await("fresh data clears the banner").atMost(Duration.ofSeconds(30)).until(() -> banner(browser), String::isEmpty);
		// htmx gives a swapped element its old classes until it settles.
		await("quiet once settled").atMost(Duration.ofSeconds(10)).until(() -> bannerClass(browser),
				(c) -> c.contains("quiet") && !c.contains("has-trouble"));
	}

	private static String bannerClass(ChromeDriver browser) {
		return (String) browser.executeScript("var b = document.getElementById('wall-banner'); return b ? b.className : '';");
	}

	/** Read by script: htmx replaces the banner while a WebElement would be read. */
	private static String banner(ChromeDriver browser) {
		return (String) browser.executeScript("var b = document.getElementById('wall-banner');"
				+ " return b ? b.textContent.replace(/\\s+/g, ' ').trim() : 'no banner';");
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static String resource(String name) {
		try (InputStream in = WallStaleBrowserTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
