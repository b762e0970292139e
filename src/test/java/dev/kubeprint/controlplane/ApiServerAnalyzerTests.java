package dev.kubeprint.controlplane;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.health.Health;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.Resources;
import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.probe.ApiServerProbe;
import dev.kubeprint.cluster.probe.HttpAnswer;
import dev.kubeprint.controlplane.ApiServerView.CheckRow;
import dev.kubeprint.controlplane.ApiServerView.InflightRow;
import dev.kubeprint.controlplane.ApiServerView.LatencyRow;
import dev.kubeprint.controlplane.ApiServerView.ObjectRow;
import dev.kubeprint.controlplane.ApiServerView.RateRow;
import dev.kubeprint.reference.ReferenceCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ApiServerAnalyzerTests {

	private static final String REAL = "/fixtures/real-apiserver-v1.28/";

	private static final Instant AT = Instant.parse("2026-11-25T01:00:00Z");

	private final ApiServerAnalyzer analyzer = ApiServerAnalyzer.fromReference(ReferenceCatalog.load());

	private final Texts en = Texts.of(Locale.ENGLISH);

	@Test
	void theLatencyWarningIsTheReferenceRulesThreshold() {
		ApiServerView slow = analyzer.analyze(twoScrapes(), ApiServerFlags.none(), en);
		assertThat(slow.latency()).filteredOn((r) -> r.health() == Health.DEGRADED)
			.extracting(LatencyRow::verb)
			.containsExactly("POST", "GET");
		assertThat(new ApiServerAnalyzer(10).analyze(twoScrapes(), ApiServerFlags.none(), en).latency())
			.allMatch((r) -> r.health() == Health.HEALTHY);
	}

	@Test
	void aHealthyRealApiServerWithDefaultLimits() {
		ApiServerView view = analyzer.analyze(poll(realServer()), ApiServerFlags.none(), en);
		assertThat(view.health()).isEqualTo(Health.HEALTHY);
		assertThat(view.reason()).isEqualTo("ready and live: all 34 readyz and 31 livez checks pass");
		assertThat(view.version()).isEqualTo("v1.28.7");
		assertThat(view.readyz().summary()).isEqualTo("all 34 checks pass");
		assertThat(view.inflight()).containsExactly(
				new InflightRow("readOnly", 1, 400, "default", 0, Health.HEALTHY),
				new InflightRow("mutating", 1, 200, "default", 1, Health.HEALTHY));
		assertThat(view.inflightNote()).isEqualTo("API Priority and Fairness pools both limits: 600 requests at "
				+ "once in all, shared by the priority levels.");
		assertThat(view.objects()).hasSize(47);
		assertThat(view.objects()).startsWith(new ObjectRow("events", 83),
				new ObjectRow("clusterroles.rbac.authorization.k8s.io", 62));
		assertThat(view.objects()).isSortedAccordingTo((a, b) -> Long.compare(b.count(), a.count()));
		assertThat(view.latency()).isEmpty();
		assertThat(view.rates()).isEmpty();
		assertThat(view.metricsNote())
			.isEqualTo("Latency and rates need two scrapes; they appear after the next poll.");
		assertThat(view.observedAt()).isEqualTo(AT);
	}

	@Test
	void limitsComeFromTheApiServerPodsFlagsAndSayWhere() {
		PodFact apiserver = new PodFact("kube-system", "kube-apiserver-cp-1", "cp-1", "Running", true, 0,
				Resources.NONE, List.of(), "Node", "cp-1", "kube-apiserver",
				Map.of("max-requests-inflight", "800", "etcd-servers", "https://10.0.0.11:2379"), "", "", "10.0.0.11",
				true, AT, "", false, false, null);
		ApiServerFlags flags = ApiServerFlags.from(List.of(apiserver));
		ApiServerView view = analyzer.analyze(poll(realServer()), flags, en);
		assertThat(view.inflight()).extracting(InflightRow::kind, InflightRow::limit, InflightRow::limitSource)
			.containsExactly(tuple("readOnly", 800L, "--max-requests-inflight=800 on kube-apiserver-cp-1"),
					tuple("mutating", 200L,
							"default: --max-mutating-requests-inflight not set on kube-apiserver-cp-1"));
		assertThat(view.inflightNote()).contains("1,000 requests at once");
		ApiServerFlags unlimited = new ApiServerFlags("kube-apiserver-cp-1",
				Map.of("max-mutating-requests-inflight", "0", "enable-priority-and-fairness", "false"));
		ApiServerView classic = analyzer.analyze(poll(realServer()), unlimited, en);
		assertThat(classic.inflight().get(1)).isEqualTo(new InflightRow("mutating", 1, 0,
				"no limit: --max-mutating-requests-inflight=0 on kube-apiserver-cp-1", 0, Health.HEALTHY));
		assertThat(classic.inflightNote()).isEmpty();
		assertThat(ApiServerFlags.from(List.of())).isEqualTo(ApiServerFlags.none());
	}

	/** The numbers are worked by hand in ApiServerProbeTests; here: what they mean. */
	@Test
	void slowVerbsThrottlingAndAFullInflightPoolDegradeTheServerWithEachReasonSaid() {
		ApiServerView view = analyzer.analyze(twoScrapes(), ApiServerFlags.none(), en);
		assertThat(view.latency()).extracting(LatencyRow::verb, LatencyRow::p99, LatencyRow::requests,
				LatencyRow::health)
			.containsExactly(tuple("POST", "≥ 5 s", 10L, Health.DEGRADED), tuple("GET", "4.54 s", 700L,
					Health.DEGRADED), tuple("LIST", "480 ms", 100L, Health.HEALTHY));
		assertThat(view.latency().get(0).note())
			.isEqualTo("the 99th percentile lies above the highest bucket (5 s): at least that, maybe much more");
		// 5xx: 6 of 651 requests = 0.92 %, under the 1 % of the 99 % objective; 429: 15 of 651 = 2.3 %
		assertThat(view.rates()).extracting(RateRow::what, RateRow::text, RateRow::health)
			.containsExactly(tuple("5xx responses", "0.2/s (0.922 % of requests)", Health.HEALTHY),
					tuple("429 responses (throttled)", "0.5/s (2.3 % of requests)", Health.DEGRADED));
		assertThat(view.inflight().get(0)).isEqualTo(new InflightRow("readOnly", 400, 400, "default", 100,
				Health.DEGRADED));
		assertThat(view.health()).isEqualTo(Health.DEGRADED);
		assertThat(view.reason()).isEqualTo("readOnly requests in flight at the limit (400 of 400): more wait or "
				+ "get 429; POST p99 ≥ 5 s, above 1 s; GET p99 4.54 s, above 1 s; 429 responses (throttled) at "
				+ "0.5/s, 2.3 % of requests");
		assertThat(view.metricsNote()).isEmpty();
	}

	@Test
	void failingReadyzChecksComeFirstAndTheServerIsDownWhileA403OnMetricsOnlyHidesMetrics() {
		Map<String, HttpAnswer> answers = realServer();
		answers.put("/readyz?verbose", new HttpAnswer(500, """
				[+]ping ok
				[+]log ok
				[-]etcd failed: reason withheld
				[+]etcd-readiness ok
				[+]informer-sync excluded: ok
				[-]poststarthook/start-apiextensions-controllers failed: reason withheld
				[+]shutdown ok
				readyz check failed
				"""));
		answers.put("/metrics", new HttpAnswer(403, resource(REAL + "forbidden-403.json")));
		ApiServerView view = analyzer.analyze(poll(answers), ApiServerFlags.none(), en);
		assertThat(view.health()).isEqualTo(Health.DOWN);
		assertThat(view.reason())
			.isEqualTo("not ready: readyz fails etcd, poststarthook/start-apiextensions-controllers");
		assertThat(view.readyz().health()).isEqualTo(Health.DOWN);
		assertThat(view.readyz().summary())
			.isEqualTo("2 of 7 checks fail: etcd, poststarthook/start-apiextensions-controllers");
		assertThat(view.readyz().checks()).extracting(CheckRow::name, CheckRow::detail)
			.startsWith(tuple("etcd", "failed: reason withheld (the kube-apiserver log says why)"),
					tuple("poststarthook/start-apiextensions-controllers",
							"failed: reason withheld (the kube-apiserver log says why)"),
					tuple("ping", "ok"));
		assertThat(view.readyz().checks()).extracting(CheckRow::detail).contains("excluded: ok");
		assertThat(view.livez().health()).isEqualTo(Health.HEALTHY);
		assertThat(view.metricsAvailability().state()).isEqualTo(Availability.State.FORBIDDEN);
		assertThat(view.metricsAvailability().reason())
			.isEqualTo("forbidden: get /metrics — grant nonResourceURLs [\"/metrics\"] verb get in the ClusterRole");
		assertThat(view.inflight()).isEmpty();
		assertThat(view.objects()).isEmpty();
		assertThat(view.version()).isEqualTo("v1.28.7");
	}

	@Test
	void anUnreachableServerIsDownWithTheReason() {
		ApiServerFacts facts = new ApiServerProbe((path) -> {
			throw new java.net.ConnectException("Connection refused");
		}, Clock.fixed(AT, ZoneOffset.UTC)).poll();
		ApiServerView view = analyzer.analyze(facts, ApiServerFlags.none(), en);
		assertThat(view.health()).isEqualTo(Health.DOWN);
		assertThat(view.reason()).isEqualTo("API server unreachable: GET /readyz?verbose failed: cannot connect "
				+ "(refused, or no route to the server): Connection refused");
		assertThat(view.readyz().health()).isEqualTo(Health.UNKNOWN);
		assertThat(view.version()).isEmpty();
	}

	@Test
	void aForbiddenReadyzLeavesReadinessUnknownRatherThanHealthy() {
		Map<String, HttpAnswer> answers = realServer();
		answers.put("/readyz?verbose", new HttpAnswer(403, resource(REAL + "forbidden-403.json")));
		ApiServerView view = analyzer.analyze(poll(answers), ApiServerFlags.none(), en);
		assertThat(view.health()).isEqualTo(Health.UNKNOWN);
		assertThat(view.reason()).isEqualTo("the API answers, but its readiness is not known: forbidden: get "
				+ "/readyz — grant nonResourceURLs [\"/readyz\"] verb get in the ClusterRole");
		assertThat(view.readyz().summary()).startsWith("forbidden: get /readyz");
	}

	@Test
	void theWordsCanComeFromTheAppsMessageSource() {
		StaticMessageSource echo = new StaticMessageSource();
		echo.setUseCodeAsDefaultMessage(true);
		Texts codes = new Texts(echo, Locale.ENGLISH);
		ApiServerView view = analyzer.analyze(poll(realServer()), ApiServerFlags.none(), codes);
		assertThat(view.reason()).isEqualTo("apiserver-panel.health.ok");
		assertThat(view.inflight().get(0).limitSource()).isEqualTo("apiserver-panel.limit.default");
	}

	@Test
	void everyEnglishCodeHasAChineseTwinAndEveryPatternFormats() throws IOException {
		Properties en = properties("/i18n/apiserver.properties");
		Properties zh = properties("/i18n/apiserver_zh_CN.properties");
		assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
		for (Properties language : List.of(en, zh)) {
			language.forEach((code, pattern) -> assertThat(new MessageFormat((String) pattern, Locale.ROOT)
				.format(new Object[] { "a", "b", "c" })).as((String) code).doesNotContain("{"));
		}
	}

	private static Properties properties(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ApiServerAnalyzerTests.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static ApiServerFacts twoScrapes() {
		String[] scrapes = { resource("/fixtures/probe/apiserver-scrape-1.txt"),
				resource("/fixtures/probe/apiserver-scrape-2.txt") };
		Map<String, HttpAnswer> answers = realServer();
		int[] next = { 0 };
		Instant[] now = { AT };
		Clock clock = new Clock() {

			@Override
			public Instant instant() {
				return now[0];
			}

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

		};
		ApiServerProbe probe = new ApiServerProbe((path) -> path.equals("/metrics")
				? new HttpAnswer(200, scrapes[next[0]++]) : answers.get(path), clock);
		probe.poll();
		now[0] = AT.plusSeconds(30);
		return probe.poll();
	}

	private static ApiServerFacts poll(Map<String, HttpAnswer> answers) {
		return new ApiServerProbe(answers::get, Clock.fixed(AT, ZoneOffset.UTC)).poll();
	}

	private static Map<String, HttpAnswer> realServer() {
		Map<String, HttpAnswer> answers = new HashMap<>();
		answers.put("/version", new HttpAnswer(200, resource(REAL + "version.json")));
		answers.put("/readyz?verbose", new HttpAnswer(200, resource(REAL + "readyz-verbose.txt")));
		answers.put("/livez?verbose", new HttpAnswer(200, resource(REAL + "livez-verbose.txt")));
		answers.put("/metrics", new HttpAnswer(200, resource(REAL + "apiserver-metrics.txt")));
		return answers;
	}

	private static String resource(String name) {
		try (InputStream in = ApiServerAnalyzerTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
