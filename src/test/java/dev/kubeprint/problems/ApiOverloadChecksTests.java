package dev.kubeprint.problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.ApiServerMetrics.Gap;
import dev.kubeprint.cluster.facts.ApiServerMetrics.Interval;
import dev.kubeprint.cluster.facts.ApiServerMetrics.VerbLatency;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.probe.ApiServerProbe;
import dev.kubeprint.cluster.probe.HttpAnswer;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.PanelLink;
import dev.kubeprint.testing.KubeJson;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.problems.ProblemFixtures.AT;
import static dev.kubeprint.problems.ProblemFixtures.EN;
import static dev.kubeprint.problems.ProblemFixtures.REFERENCE;
import static dev.kubeprint.problems.ProblemFixtures.ZH;
import static org.assertj.core.api.Assertions.assertThat;

class ApiOverloadChecksTests {

	private final ApiOverloadChecks checks = new ApiOverloadChecks(REFERENCE);

	private static final String API_POD = KubeJson.staticPod("kube-apiserver", "cp-1", "v1.30.6", "kube-apiserver",
			"--max-requests-inflight=800", "--max-mutating-requests-inflight=400");

	@Test
	void noProbeIsUnknownForBoth() {
		List<Finding> findings = checks.check(KubeJson.facts(KubeJson.node("cp-1")).build(), EN);
		assertThat(findings).extracting(Finding::subject)
			.containsExactly("API server in-flight requests", "API server requests");
		assertThat(findings).allSatisfy((f) -> {
			assertThat(f.check()).isEqualTo("apiserver-overload");
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).contains("holds no capture of the API server");
			assertThat(f.panel()).isEqualTo(new PanelLink("control-plane", "cp-apiserver"));
		});
		assertThat(findings.get(0).command()).isEqualTo("kubectl get --raw /metrics | grep inflight");
	}

	/** A real v1.28 /metrics, captured once: in-flight counts but no interval, and no pod to read limits from. */
	@Test
	void aRealCapturedScrapeWithoutTheApiServerPodLeavesLimitsAndRatesUnknown() throws IOException {
		ClusterFacts facts = TestFacts.yaml(KubeJson.node("cp-1").toString())
			.file("apiserver-metrics.txt", resource("/fixtures/real-apiserver-v1.28/apiserver-metrics.txt"))
			.build();
		List<Finding> findings = checks.check(facts, EN);
		assertThat(findings.get(0).level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(findings.get(0).summary()).contains("no kube-apiserver pod is visible");
		assertThat(findings.get(0).evidence()).extracting(Evidence::fact)
			.containsExactlyInAnyOrder("readOnly: 1 requests in flight", "mutating: 1 requests in flight");
		assertThat(findings.get(1).level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(findings.get(1).summary()).contains("no interval").contains("SINGLE_CAPTURE");
	}

	@Test
	void limitsComeFromTheFlagsOrTheDefaultsWhenThePodIsSeenWithoutThem() {
		ClusterFacts noFlags = KubeJson.facts(KubeJson.staticPod("kube-apiserver", "cp-1", "v1.30.6", "kube-apiserver",
				"--secure-port=6443")).build();
		Finding atDefaults = checks.check(withApi(noFlags, metrics(Map.of("readOnly", 330L, "mutating", 20L), null)), EN)
			.get(0);
		assertThat(atDefaults.level()).isEqualTo(FindingLevel.WARNING);
		assertThat(atDefaults.summary()).isEqualTo("readOnly requests in flight: 330 of the limit 400 (82.5 %)");
		assertThat(atDefaults.evidence()).extracting(Evidence::source)
			.contains("--max-requests-inflight not set on pod kube-apiserver-cp-1: the default");
		assertThat(atDefaults.remedy()).startsWith("Raise the in-flight request limits").contains("kube-apiserver-cp-1");
		ClusterFacts flags = KubeJson.facts(API_POD).build();
		Finding withFlags = checks.check(withApi(flags, metrics(Map.of("readOnly", 330L, "mutating", 20L), null)), EN)
			.get(0);
		assertThat(withFlags.level()).isEqualTo(FindingLevel.OK);
		assertThat(withFlags.summary()).isEqualTo("In-flight requests at most 41.3 % of their limits");
		assertThat(withFlags.evidence()).extracting(Evidence::source)
			.contains("--max-requests-inflight=800 (pod kube-apiserver-cp-1)");
		Finding atLimit = checks.check(withApi(flags, metrics(Map.of("readOnly", 12L, "mutating", 400L), null)), EN)
			.get(0);
		assertThat(atLimit.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(atLimit.summary()).startsWith("mutating requests in flight: 400 of the limit 400");
	}

	/**
	 * Two scrapes 30 s apart (fixtures/probe): 429s are 0.5 of 21.7 requests a second (2.3 %), GET's p99 is 4.5 s
	 * and POST's above the highest bucket, and GET pods is the busiest request at 20.5 a second.
	 */
	@Test
	void throttlingAndSlowVerbsAreAWarningThatNamesTheBusiestRequests() throws IOException {
		ApiServerFacts polled = twoScrapes("/fixtures/probe/apiserver-scrape-1.txt", "/fixtures/probe/apiserver-scrape-2.txt");
		ClusterFacts facts = KubeJson.facts(API_POD).build();
		facts = facts.withProbes(facts.probes().withApiServer(polled), 2);
		Finding requests = checks.check(facts, EN).get(1);
		assertThat(requests.level()).isEqualTo(FindingLevel.WARNING);
		assertThat(requests.summary()).contains("2.3 % of requests rejected with 429")
			.contains("GET p99 is 4.5 s, above 1 s")
			.contains("POST p99 is > 5 s");
		assertThat(requests.cause()).contains("The busiest requests: GET pods 20.5/s, POST configmaps 1/s, LIST pods 0.2/s");
		assertThat(requests.evidence()).extracting(Evidence::fact)
			.contains("0.5 requests a second answered 429 (2.3 % of 21.7 a second)");
		assertThat(requests.evidence()).extracting(Evidence::source).contains("/metrics, over the last 30 s");
		assertThat(requests.remedy()).contains("FlowSchema");
		assertThat(requests.command()).contains("apiserver_request_total");
		// scrape 2 has 400 read-only requests in flight against --max-requests-inflight=800
		assertThat(checks.check(facts, EN).get(0).level()).isEqualTo(FindingLevel.OK);
	}

	@Test
	void noThrottlingAndFastVerbsProveTheRequestsFine() {
		Interval calm = new Interval(AT.minusSeconds(30), AT,
				Map.of("GET", new VerbLatency("GET", 0.05, 900, false), "LIST", new VerbLatency("LIST", 0.4, 30, false)),
				31, 0, 0);
		Finding requests = checks.check(withApi(KubeJson.facts(API_POD).build(), metrics(Map.of(), calm)), EN).get(1);
		assertThat(requests.level()).isEqualTo(FindingLevel.OK);
		assertThat(requests.cause()).isEmpty();
		assertThat(requests.evidence()).extracting(Evidence::fact).contains("LIST: p99 400 ms over 30 requests");
	}

	@Test
	void speaksChinese() {
		Finding f = checks.check(withApi(KubeJson.facts().build(), metrics(Map.of("readOnly", 3L), null)), ZH).get(0);
		assertThat(f.subject()).isEqualTo("API Server 并发请求");
		assertThat(f.summary()).contains("看不到 kube-apiserver Pod");
	}

	private static ApiServerMetrics metrics(Map<String, Long> inflight, Interval interval) {
		return new ApiServerMetrics(inflight, Map.of(), interval, interval == null ? Gap.FIRST_SCRAPE : Gap.NONE, false);
	}

	private static ClusterFacts withApi(ClusterFacts facts, ApiServerMetrics metrics) {
		ApiServerFacts api = new ApiServerFacts(AT, null, Availability.notCollected("-"), null,
				Availability.notCollected("-"), null, Availability.notCollected("-"), metrics, Availability.ok());
		return facts.withProbes(facts.probes().withApiServer(api), 2);
	}

	private static ApiServerFacts twoScrapes(String first, String second) throws IOException {
		String[] scrapes = { resource(first), resource(second) };
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
				? new HttpAnswer(200, scrapes[next[0]++]) : new HttpAnswer(200, "ok"), clock);
		probe.poll();
		now[0] = now[0].plus(Duration.ofSeconds(30));
		return probe.poll();
	}

	static String resource(String name) throws IOException {
		try (InputStream in = ApiOverloadChecksTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
