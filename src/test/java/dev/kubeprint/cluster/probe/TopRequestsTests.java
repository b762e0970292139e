package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.testing.TestClock;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.ApiServerMetrics.RequestRate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The busiest requests by verb and resource, from apiserver_request_total between two scrapes. */
class TopRequestsTests {

	private final TestClock clock = new TestClock("2026-11-25T01:00:00Z");

	/**
	 * apiserver-scrape-1.txt → -2.txt, 30 s apart: GET pods 200 +600 and 429 +15 = 20.5/s, POST configmaps
	 * +30 = 1/s, LIST pods 500 +3 and 503 +3 = 0.2/s.
	 */
	@Test
	void theBusiestVerbAndResourcePairsOverTheIntervalBusiestFirst() throws IOException {
		ApiServerMetrics metrics = metricsAfter(resource("/fixtures/probe/apiserver-scrape-1.txt"),
				resource("/fixtures/probe/apiserver-scrape-2.txt"));
		assertThat(metrics.topRequests()).extracting(RequestRate::verb, RequestRate::resource)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "pods"),
					org.assertj.core.groups.Tuple.tuple("POST", "configmaps"),
					org.assertj.core.groups.Tuple.tuple("LIST", "pods"));
		assertThat(metrics.topRequests().get(0).perSecond()).isCloseTo(20.5, within(1e-9));
		assertThat(metrics.topRequests().get(1).perSecond()).isCloseTo(1.0, within(1e-9));
		assertThat(metrics.topRequests().get(2).perSecond()).isCloseTo(0.2, within(1e-9));
	}

	@Test
	void noIntervalNoTopRequests() throws IOException {
		ApiServerProbe probe = new ApiServerProbe((path) -> new HttpAnswer(200,
				path.equals("/metrics") ? resource("/fixtures/real-apiserver-v1.28/apiserver-metrics.txt") : "ok"), clock);
		assertThat(probe.poll().metrics().topRequests()).isEmpty();
	}

	/** Twenty resources asked at twenty rates: the five busiest are kept, whatever the order of the series. */
	@Test
	void onlyTheFiveBusiestAreKeptWithGroupSubresourceAndPathsNamed() {
		StringBuilder before = new StringBuilder();
		StringBuilder after = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			String series = "apiserver_request_total{code=\"200\",group=\"example.com\",resource=\"r" + i
					+ "\",subresource=\"status\",verb=\"PATCH\"} ";
			before.append(series).append(1000).append('\n');
			after.append(series).append(1000 + 30 * ((i * 7) % 20)).append('\n');
		}
		String path = "apiserver_request_total{code=\"200\",group=\"\",resource=\"\",subresource=\"/readyz\",verb=\"GET\"} ";
		before.append(path).append("0\n");
		after.append(path).append("3000\n");
		List<RequestRate> top = metricsAfter(before.toString(), after.toString()).topRequests();
		assertThat(top).hasSize(ApiServerMetrics.TOP_REQUESTS);
		assertThat(top.get(0)).isEqualTo(new RequestRate("GET", "/readyz", 100.0));
		// (i × 7) mod 20 is 19 for i = 17, 18 for i = 14, 17 for i = 11, 16 for i = 8
		assertThat(top.subList(1, 5)).extracting(RequestRate::resource)
			.containsExactly("r17.example.com/status", "r14.example.com/status", "r11.example.com/status",
					"r8.example.com/status");
	}

	private ApiServerMetrics metricsAfter(String first, String second) {
		String[] scrapes = { first, second };
		int[] next = { 0 };
		ApiServerProbe probe = new ApiServerProbe((path) -> path.equals("/metrics")
				? new HttpAnswer(200, scrapes[next[0]++]) : new HttpAnswer(200, "ok"), clock);
		probe.poll();
		clock.advance(Duration.ofSeconds(30));
		return probe.poll().metrics();
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = TopRequestsTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
