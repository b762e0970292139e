package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.kubeprint.testing.TestClock;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ApiServerMetrics.Interval;
import dev.kubeprint.cluster.facts.ApiServerMetrics.VerbLatency;
import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.HealthChecks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ApiServerProbeTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TestClock clock = new TestClock("2026-11-25T01:00:00Z");

	@Test
	void readsVersionChecksAndMetricsOfARealApiServer() throws IOException {
		serveRealApiServer();
		ApiServerFacts facts = probe().poll();
		assertThat(facts.observedAt()).isEqualTo(clock.instant());
		assertThat(facts.versionAvailability().isOk()).isTrue();
		assertThat(facts.version().gitVersion()).isEqualTo("v1.28.7");
		assertThat(facts.version().minorNumber()).hasValue(28);
		assertThat(facts.readyz().passed()).isTrue();
		assertThat(facts.readyz().checks()).hasSize(34);
		assertThat(facts.livez().verdict()).isEqualTo("livez check passed");
		assertThat(facts.metricsAvailability().isOk()).isTrue();
		assertThat(facts.metrics().inflight()).isEqualTo(Map.of("mutating", 1L, "readOnly", 1L));
		assertThat(facts.metrics().objects()).hasSize(47).containsEntry("configmaps", 7L);
		assertThat(facts.metrics().interval()).isNull();
		assertThat(facts.metrics().gap()).isEqualTo(ApiServerMetrics.Gap.FIRST_SCRAPE);
		assertThat(facts.unreachable()).isFalse();
		// Read-only: one GET of each, nothing else.
		assertThat(server.getAllServeEvents()).extracting((e) -> e.getRequest().getMethod().getName())
			.containsOnly("GET");
		for (String path : new String[] { "/version", "/readyz?verbose", "/livez?verbose", "/metrics" }) {
			server.verify(1, getRequestedFor(urlEqualTo(path)));
		}
		assertThat(server.getAllServeEvents()).hasSize(4);
	}

	/**
	 * The p99 worked by hand from apiserver-scrape-1.txt and -2.txt, 30 s apart, summed by (verb, le) over
	 * series as {@code histogram_quantile(0.99, sum by (le, verb) (rate(...[30s])))}.
	 * <pre>
	 * GET, two series (pods, nodes), cumulative counts per bucket le = 0.1, 0.5, 1, 5, +Inf
	 *   pods  scrape 1: 100 140 150 150 150   scrape 2: 400 520 580 598 600   delta: 300 380 430 448 450
	 *   nodes scrape 1:  50  55  60  60  60   scrape 2: 250 255 300 308 310   delta: 200 200 240 248 250
	 *   sum of deltas:                                                          500 580 670 696 700
	 *   rank = 0.99 × 700 = 693; the first bucket whose count reaches it is le=5 (696), below it le=1 (670)
	 *   p99 = 1 + (5 − 1) × (693 − 670) / (696 − 670) = 1 + 4 × 23/26 = 4.538461538…
	 * LIST: delta 80 100 100 100 100; rank 99 falls in (0.1, 0.5] holding 20, 19 into it:
	 *   p99 = 0.1 + 0.4 × 19/20 = 0.48
	 * POST: delta 0 0 0 0 10; rank 9.9 falls in +Inf: p99 = 5, the highest finite bound, as Prometheus says
	 * WATCH: left out (long-running)
	 * apiserver_request_total deltas: 200 +600, 201 +30, 500 +3, 503 +3, 429 +15 = 651 in 30 s
	 *   requests 21.7/s, 5xx 6/30 = 0.2/s, 429 15/30 = 0.5/s
	 * </pre>
	 */
	@Test
	void p99PerVerbAndErrorRatesComeFromTheDifferenceBetweenTwoScrapes() throws IOException {
		String[] scrapes = { resource("/fixtures/probe/apiserver-scrape-1.txt"),
				resource("/fixtures/probe/apiserver-scrape-2.txt") };
		int[] next = { 0 };
		ApiServerProbe probe = new ApiServerProbe((path) -> path.equals("/metrics")
				? new HttpAnswer(200, scrapes[next[0]++]) : new HttpAnswer(200, "ok"), clock);
		assertThat(probe.poll().metrics().interval()).isNull();
		clock.advance(Duration.ofSeconds(30));
		ApiServerMetrics metrics = probe.poll().metrics();
		Interval interval = metrics.interval();
		assertThat(interval.length()).isEqualTo(Duration.ofSeconds(30));
		assertThat(interval.latency()).containsOnlyKeys("GET", "LIST", "POST");
		VerbLatency get = interval.latency().get("GET");
		assertThat(get.p99Seconds()).isCloseTo(1 + 4 * 23.0 / 26, within(1e-12));
		assertThat(get.requests()).isEqualTo(700);
		assertThat(get.aboveHighestBucket()).isFalse();
		assertThat(interval.latency().get("LIST").p99Seconds()).isCloseTo(0.48, within(1e-12));
		VerbLatency post = interval.latency().get("POST");
		assertThat(post.p99Seconds()).isEqualTo(5.0);
		assertThat(post.aboveHighestBucket()).isTrue();
		assertThat(interval.requestsPerSecond()).isCloseTo(21.7, within(1e-9));
		assertThat(interval.serverErrorsPerSecond()).isCloseTo(0.2, within(1e-9));
		assertThat(interval.throttledPerSecond()).isCloseTo(0.5, within(1e-9));
		assertThat(metrics.inflight()).containsEntry("readOnly", 400L).containsEntry("mutating", 12L);
		assertThat(metrics.objects()).containsEntry("pods", 330L);
	}

	@Test
	void countersThatWentDownGiveNoRatesRatherThanNegativeOnes() throws IOException {
		String[] scrapes = { resource("/fixtures/probe/apiserver-scrape-2.txt"),
				resource("/fixtures/probe/apiserver-scrape-1.txt") };
		ApiServerMetrics metrics = metricsAfter(scrapes[0], scrapes[1]);
		assertThat(metrics.interval()).isNull();
		assertThat(metrics.gap()).isEqualTo(ApiServerMetrics.Gap.COUNTERS_WENT_DOWN);
	}

	/** Behind a load balancer the next scrape may come from another instance, whose counts may be higher. */
	@Test
	void anotherServerProcessGivesNoRatesEvenWhenItsCountersAreHigher() throws IOException {
		String[] scrapes = { resource("/fixtures/probe/apiserver-scrape-1.txt"),
				resource("/fixtures/probe/apiserver-scrape-2.txt")
					.replace("process_start_time_seconds 1.76403e+09", "process_start_time_seconds 1.76404e+09") };
		ApiServerMetrics metrics = metricsAfter(scrapes[0], scrapes[1]);
		assertThat(metrics.interval()).isNull();
		assertThat(metrics.gap()).isEqualTo(ApiServerMetrics.Gap.ANOTHER_PROCESS);
	}

	@Test
	void aServerOfferingMoreSeriesThanKeptIsCutAndSaysSo() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < MetricsScrape.MAX_KEYS + 10; i++) {
			text.append("apiserver_storage_objects{resource=\"crd").append(i).append(".example.com\"} 1\n");
		}
		ApiServerProbe probe = new ApiServerProbe((path) -> new HttpAnswer(200, text.toString()), clock);
		ApiServerMetrics metrics = probe.poll().metrics();
		assertThat(metrics.objects()).hasSize(MetricsScrape.MAX_KEYS);
		assertThat(metrics.truncated()).isTrue();
	}

	@Test
	void failingReadyzChecksAreDataAndA403OnMetricsSaysWhatToGrant() throws IOException {
		serveRealApiServer();
		server.stubFor(get("/readyz?verbose").willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "text/plain; charset=utf-8")
			.withBody(HealthCheckTextTests.FAILING_READYZ)));
		server.stubFor(get("/metrics").willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody(resource("/fixtures/real-apiserver-v1.28/forbidden-403.json"))));
		ApiServerFacts facts = probe().poll();
		assertThat(facts.readyzAvailability().isOk()).isTrue();
		assertThat(facts.readyz().passed()).isFalse();
		assertThat(facts.readyz().failed()).extracting(HealthChecks.Check::name)
			.containsExactly("etcd", "poststarthook/start-apiextensions-controllers");
		assertThat(facts.livez().passed()).isTrue();
		assertThat(facts.version().gitVersion()).isEqualTo("v1.28.7");
		assertThat(facts.metrics()).isNull();
		assertThat(facts.metricsAvailability()).isEqualTo(Availability.forbidden("get", "nonResourceURLs /metrics",
				"forbidden: get /metrics — grant nonResourceURLs [\"/metrics\"] verb get in the ClusterRole"));
	}

	@Test
	void otherAnswersAreQuotedShortAndUnauthorizedSaysToRenewCredentials() {
		serveRealApiServer();
		server.stubFor(get("/livez?verbose").willReturn(aResponse().withStatus(503).withBody("x".repeat(5000))));
		server.stubFor(get("/version").willReturn(aResponse().withStatus(401)
			.withBody("{\"kind\":\"Status\",\"code\":401,\"reason\":\"Unauthorized\"}")));
		server.stubFor(get("/metrics").willReturn(aResponse().withStatus(200).withBody("m{a=\"x} 1\n")));
		ApiServerFacts facts = probe().poll();
		assertThat(facts.livezAvailability().state()).isEqualTo(Availability.State.UNREACHABLE);
		assertThat(facts.livezAvailability().reason()).startsWith("GET /livez?verbose answered 503: xxx")
			.hasSize("GET /livez?verbose answered 503: ".length() + 201);
		assertThat(facts.versionAvailability().state()).isEqualTo(Availability.State.FORBIDDEN);
		assertThat(facts.versionAvailability().reason()).contains("401").contains("renew the token");
		assertThat(facts.metricsAvailability().state()).isEqualTo(Availability.State.OK);
		server.stubFor(get("/metrics").willReturn(aResponse().withStatus(200)
			.withBody("apiserver_storage_objects{resource=\"pods} 1\n")));
		assertThat(probe().poll().metricsAvailability().reason())
			.isEqualTo("GET /metrics answered text that is not in the Prometheus format: "
					+ "line 1: label value not closed by '\"'");
	}

	@Test
	void aServerThatIsNotThereIsUnreachableWithTheReasonInWords() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ApiServerProbe probe = new ApiServerProbe(
				JdkHttp.apiServer("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2)), clock);
		ApiServerFacts facts = probe.poll();
		assertThat(facts.unreachable()).isTrue();
		assertThat(facts.readyz()).isNull();
		assertThat(facts.readyzAvailability().reason())
			.startsWith("GET /readyz?verbose failed: cannot connect (refused, or no route to the server)");
		assertThat(facts.metricsAvailability().reason()).startsWith("GET /metrics failed: cannot connect");
	}

	@Test
	void aServerThatDoesNotAnswerInTimeIsUnreachable() {
		serveRealApiServer();
		server.stubFor(get("/readyz?verbose").willReturn(aResponse().withFixedDelay(5_000).withBody("ok")));
		ApiServerProbe probe = new ApiServerProbe(JdkHttp.apiServer(server.baseUrl(), Duration.ofSeconds(1)),
				clock);
		ApiServerFacts facts = probe.poll();
		assertThat(facts.readyzAvailability().reason()).startsWith("GET /readyz?verbose failed: no answer in time");
		assertThat(facts.livez().passed()).isTrue();
	}

	private ApiServerProbe probe() {
		return new ApiServerProbe(JdkHttp.apiServer(server.baseUrl(), Duration.ofSeconds(5)), clock);
	}

	private static void serveRealApiServer() {
		serve("/version", "application/json", "version.json");
		serve("/readyz?verbose", "text/plain; charset=utf-8", "readyz-verbose.txt");
		serve("/livez?verbose", "text/plain; charset=utf-8", "livez-verbose.txt");
		serve("/metrics", "text/plain; version=0.0.4; charset=utf-8", "apiserver-metrics.txt");
	}

	private static void serve(String path, String contentType, String fixture) {
		server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", contentType)
			.withBody(resource("/fixtures/real-apiserver-v1.28/" + fixture))));
	}

	static String resource(String name) {
		try (InputStream in = ApiServerProbeTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(name, ex);
		}
	}

	/** Serves two scrapes to /metrics, 30 s apart, and returns what the second poll made of them. */
	private ApiServerMetrics metricsAfter(String first, String second) {
		String[] scrapes = { first, second };
		int[] next = { 0 };
		ApiServerProbe probe = new ApiServerProbe((path) -> path.equals("/metrics")
				? new HttpAnswer(200, scrapes[next[0]++]) : new HttpAnswer(200, "ok"), clock);
		probe.poll();
		clock.advance(Duration.ofSeconds(30));
		return probe.poll().metrics();
	}

}
