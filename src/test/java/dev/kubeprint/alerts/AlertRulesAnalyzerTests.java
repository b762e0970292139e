package dev.kubeprint.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.cluster.probe.ApiServerProbe;
import dev.kubeprint.cluster.probe.HttpAnswer;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule on facts built from the demo, the real API server fixtures and etcd answers. */
class AlertRulesAnalyzerTests {

	private static final Instant AT = Instant.parse("2026-11-25T01:00:00Z");

	private static final String REAL = "/fixtures/real-apiserver-v1.28/";

	private final AlertRulesAnalyzer analyzer = new AlertRulesAnalyzer(new ReferenceCatalog().alertRules());

	private final Texts en = Texts.of(Locale.ENGLISH);

	@Test
	void theDemoFromItsCaptures() {
		Map<String, AlertSample> samples = samples(TestFacts.demo());
		assertThat(samples.keySet()).containsExactly("KubeAPIServerDown", "KubeAPIServerLatencyHigh", "EtcdNoLeader",
				"EtcdDatabaseSizeHigh", "KubeSchedulerPendingPods");

		AlertSample down = samples.get("KubeAPIServerDown");
		assertThat(down.condition()).isEqualTo(AlertCondition.FALSE);
		assertThat(down.basis()).startsWith("answers captured in the dump at 2026-11-20T07:59:59");

		AlertSample latency = samples.get("KubeAPIServerLatencyHigh");
		assertThat(latency.condition()).isEqualTo(AlertCondition.TRUE);
		assertThat(latency.value()).isEqualTo("p99 5.6 s for LIST (360,480 requests)");
		assertThat(latency.basis()).contains("apiserver_request_duration_seconds_bucket").contains("(49 min 46 s)");

		assertThat(samples.get("EtcdNoLeader").condition()).isEqualTo(AlertCondition.FALSE);
		AlertSample database = samples.get("EtcdDatabaseSizeHigh");
		assertThat(database.condition()).isEqualTo(AlertCondition.TRUE);
		assertThat(database.number()).isBetween(0.9999, 1.0);
		assertThat(database.value())
			.isEqualTo("100 % of the quota on cp-3; quota 8 GiB from --quota-backend-bytes of the etcd pods");
		assertThat(database.basis()).startsWith("etcd answers captured in the dump");

		AlertSample pending = samples.get("KubeSchedulerPendingPods");
		assertThat(pending.condition()).isEqualTo(AlertCondition.TRUE);
		assertThat(pending.number()).isEqualTo(64.0);
		assertThat(pending.basis()).contains("scheduler_pending_pods is not scraped");
	}

	@Test
	void aDumpWithoutProbesIsUnknownNotFine() {
		ClusterFacts facts = TestFacts.yaml(pod("a", "2026-11-20T07:00:00Z")).build();
		Map<String, AlertSample> samples = samples(facts);
		for (String rule : List.of("KubeAPIServerDown", "KubeAPIServerLatencyHigh", "EtcdNoLeader",
				"EtcdDatabaseSizeHigh")) {
			assertThat(samples.get(rule).condition()).as(rule).isEqualTo(AlertCondition.UNKNOWN);
			assertThat(samples.get(rule).reason()).as(rule).isNotEmpty();
		}
		assertThat(samples.get("KubeAPIServerDown").reason()).startsWith("the API server is not probed: ");
		assertThat(samples.get("EtcdNoLeader").reason()).isEqualTo(facts.probes().etcdAbsent()).isNotBlank();
		assertThat(samples.get("KubeSchedulerPendingPods").condition()).isEqualTo(AlertCondition.FALSE);
	}

	@Test
	void anUnreachableServerIsDownAndItsLatencyUnknown() {
		ApiServerFacts api = new ApiServerProbe((path) -> {
			throw new ConnectException("Connection refused");
		}, Clock.fixed(AT, ZoneOffset.UTC)).poll();
		Map<String, AlertSample> samples = samples(withApi(api));
		assertThat(samples.get("KubeAPIServerDown").condition()).isEqualTo(AlertCondition.TRUE);
		assertThat(samples.get("KubeAPIServerDown").value()).startsWith("no answer: ").contains("Connection refused");
		assertThat(samples.get("KubeAPIServerDown").basis()).contains("probe").contains(AT.toString());
		assertThat(samples.get("KubeAPIServerLatencyHigh").condition()).isEqualTo(AlertCondition.UNKNOWN);
		assertThat(samples.get("KubeAPIServerLatencyHigh").reason()).startsWith("/metrics could not be read: ");
	}

	@Test
	void aRealServerAnswersAndNeedsTwoScrapesForItsLatency() {
		ApiServerFacts first = new ApiServerProbe(realServer()::get, Clock.fixed(AT, ZoneOffset.UTC)).poll();
		Map<String, AlertSample> samples = samples(withApi(first));
		assertThat(samples.get("KubeAPIServerDown").condition()).isEqualTo(AlertCondition.FALSE);
		assertThat(samples.get("KubeAPIServerLatencyHigh").condition()).isEqualTo(AlertCondition.UNKNOWN);
		assertThat(samples.get("KubeAPIServerLatencyHigh").reason()).startsWith("Latency and rates need two scrapes");
	}

	@Test
	void latencyIsTheWorstP99BetweenTwoScrapes() {
		String[] scrapes = { resource("/fixtures/probe/apiserver-scrape-1.txt"),
				resource("/fixtures/probe/apiserver-scrape-2.txt") };
		Map<String, HttpAnswer> answers = realServer();
		int[] next = { 0 };
		AlertClock clock = new AlertClock(AT);
		ApiServerProbe probe = new ApiServerProbe((path) -> path.equals("/metrics")
				? new HttpAnswer(200, scrapes[next[0]++]) : answers.get(path), clock);
		probe.poll();
		clock.advance(Duration.ofSeconds(30));
		ApiServerFacts api = probe.poll();
		AlertSample latency = samples(withApi(api)).get("KubeAPIServerLatencyHigh");
		double worst = api.metrics().interval().latency().values().stream()
			.mapToDouble((v) -> v.p99Seconds()).max().orElseThrow();
		assertThat(latency.number()).isEqualTo(worst);
		assertThat(latency.condition()).isEqualTo(worst > 1 ? AlertCondition.TRUE : AlertCondition.FALSE);
		assertThat(latency.basis()).contains("(30 s)");
	}

	@Test
	void aMemberWithoutLeaderInItsMetricsOrItsStatus() {
		EtcdMemberFact m0 = new EtcdMemberFact(1, "m0", List.of(), List.of("http://m0"), false);
		EtcdMemberFact m1 = new EtcdMemberFact(2, "m1", List.of(), List.of("http://m1"), false);
		EtcdMetricsFact metrics = new EtcdMetricsFact("http://m0/metrics", "", true, 1L, false, 3.0, 0.0,
				2.0e9, 1.7e9, 1.0e9, null, null, "false");
		EtcdEndpointFact status = new EtcdEndpointFact("http://m1",
				new EtcdStatusFact(2, "3.5.15", 100, 50, 0, 4, 10, 10, false, List.of()), "", false, "no leader");
		EtcdFacts etcd = new EtcdFacts(List.of(m0, m1), List.of(status), List.of(), "", List.of(metrics), AT,
				Availability.ok());
		Map<String, AlertSample> samples = samples(withEtcd(etcd));
		AlertSample noLeader = samples.get("EtcdNoLeader");
		assertThat(noLeader.condition()).isEqualTo(AlertCondition.TRUE);
		assertThat(noLeader.value()).isEqualTo("no leader on m0, m1");
		assertThat(noLeader.basis()).isEqualTo("etcd polled at " + AT + ": m0 from its /metrics; m1 from its endpoint status");
		AlertSample database = samples.get("EtcdDatabaseSizeHigh");
		assertThat(database.number()).isEqualTo(0.85);
		assertThat(database.condition()).isEqualTo(AlertCondition.TRUE);
		assertThat(database.value()).contains("on m0").contains("from etcd_server_quota_backend_bytes");
	}

	@Test
	void etcdThatNoMemberAnswersIsUnknown() {
		EtcdFacts etcd = new EtcdFacts(List.of(), List.of(new EtcdEndpointFact("http://m0", null, "refused", false, "")),
				List.of(), "", List.of(), AT, Availability.unreachable("http://m0: refused"));
		Map<String, AlertSample> samples = samples(withEtcd(etcd));
		assertThat(samples.get("EtcdNoLeader").condition()).isEqualTo(AlertCondition.UNKNOWN);
		assertThat(samples.get("EtcdNoLeader").reason()).isEqualTo("no etcd member answered: http://m0: refused");
		assertThat(samples.get("EtcdDatabaseSizeHigh").condition()).isEqualTo(AlertCondition.UNKNOWN);
	}

	@Test
	void moreThanFiftyUnscheduledPodsHeldSinceTheFiftyFirstNewestWasCreated() {
		List<String> pods = new ArrayList<>();
		Instant first = Instant.parse("2026-11-20T07:00:00Z");
		for (int i = 0; i < 60; i++) {
			pods.add(pod("p" + i, first.plusSeconds(60L * i).toString()));
		}
		pods.add(scheduledPod());
		AlertSample pending = samples(TestFacts.yaml(pods.toArray(String[]::new)).build())
			.get("KubeSchedulerPendingPods");
		assertThat(pending.condition()).isEqualTo(AlertCondition.TRUE);
		assertThat(pending.value()).isEqualTo("60 pods unscheduled");
		// 60 pods, one a minute: the 51st newest is p9, created 9 minutes after the first.
		assertThat(pending.heldSince()).isEqualTo(first.plusSeconds(60L * 9));
	}

	@Test
	void podsThatCannotBeListedAreUnknown() {
		ClusterFacts facts = TestFacts.yaml(pod("a", "2026-11-20T07:00:00Z"))
			.unavailable(FactKind.PODS, Availability.forbidden("list", "pods", "list pods is forbidden"))
			.build();
		AlertSample pending = samples(facts).get("KubeSchedulerPendingPods");
		assertThat(pending.condition()).isEqualTo(AlertCondition.UNKNOWN);
		assertThat(pending.reason()).isEqualTo("the pod list is forbidden: list pods is forbidden");
	}

	private Map<String, AlertSample> samples(ClusterFacts facts) {
		Map<String, AlertSample> byName = new java.util.LinkedHashMap<>();
		analyzer.analyze(facts, en).forEach((s) -> byName.put(s.alert(), s));
		return byName;
	}

	private static ClusterFacts withApi(ApiServerFacts api) {
		ClusterFacts facts = TestFacts.yaml(pod("a", "2026-11-20T07:00:00Z")).live().build();
		return facts.withProbes(ProbeFacts.none("", ProbeFacts.NO_ETCD).withApiServer(api), 2);
	}

	private static ClusterFacts withEtcd(EtcdFacts etcd) {
		ClusterFacts facts = TestFacts.yaml(pod("a", "2026-11-20T07:00:00Z")).live().build();
		return facts.withProbes(ProbeFacts.none("not probed", "").withEtcd(etcd), 2);
	}

	static String pod(String name, String created) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: batch, creationTimestamp: "%s"}
				spec: {containers: [{name: c, image: busybox}]}
				status:
				  phase: Pending
				  conditions: [{type: PodScheduled, status: "False", reason: Unschedulable, message: "0/3 nodes are available"}]
				""".formatted(name, created);
	}

	private static String scheduledPod() {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: running, namespace: batch, creationTimestamp: "2026-11-20T07:00:00Z"}
				spec: {nodeName: n1, containers: [{name: c, image: busybox}]}
				status: {phase: Pending}
				""";
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
		try (InputStream in = AlertRulesAnalyzerTests.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
