package dev.kubeprint.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.ApiServerMetrics.Gap;
import dev.kubeprint.cluster.facts.ApiServerMetrics.Interval;
import dev.kubeprint.cluster.facts.ApiServerMetrics.VerbLatency;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

class FactGaugesAnalyzerTests {

	private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void nodesAreCountedByTheirReadyConditionAsKubeStateMetricsNamesIt() {
		ClusterFacts facts = RealWorld.facts("eks-1.22-node-unreachable");

		Map<String, Double> nodes = values(FactGaugesAnalyzer.analyze(facts), Family.NODES, "ready");

		// The dump's third node stopped posting status: its Ready is Unknown, which is neither ready nor not.
		assertThat(nodes).containsExactlyInAnyOrderEntriesOf(Map.of("true", 2.0, "false", 0.0, "unknown", 1.0));
		assertThat(nodes.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(facts.nodes().size());
	}

	@Test
	void podsAreCountedByPhaseWithEveryPhaseSaidEvenWhenNone() {
		ClusterFacts facts = RealWorld.facts("rke2-1.33-cilium");

		Map<String, Double> pods = values(FactGaugesAnalyzer.analyze(facts), Family.PODS, "phase");

		assertThat(pods).containsOnlyKeys(FactGaugesAnalyzer.PHASES);
		assertThat(pods).containsEntry("Running", 15.0).containsEntry("Succeeded", 7.0).containsEntry("Failed", 0.0);
		assertThat(pods.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(facts.pods().size());
	}

	@Test
	void kindsThatCannotBeReadHaveNoCountsAndSayWhy() {
		ClusterFacts facts = TestFacts.demo();
		ClusterFacts forbidden = TestFacts.yaml(node("a", "True"))
			.unavailable(FactKind.NODES, Availability.forbidden("list", "nodes", "RBAC denies list nodes"))
			.unavailable(FactKind.PODS, Availability.notCollected("not in the dump"))
			.build();

		FactGaugesView view = FactGaugesAnalyzer.analyze(forbidden);

		assertThat(view.series()).noneMatch((s) -> s.family() == Family.NODES || s.family() == Family.PODS);
		assertThat(kind(view, "nodes")).satisfies((s) -> {
			assertThat(s.value()).isZero();
			assertThat(s.label("state")).isEqualTo("forbidden");
		});
		assertThat(kind(view, "pods").label("state")).isEqualTo("not_collected");
		assertThat(kind(FactGaugesAnalyzer.analyze(facts), "nodes").value()).isEqualTo(1.0);
		assertThat(view.series().stream().filter((s) -> s.family() == Family.KIND_AVAILABLE))
			.hasSize(FactKind.ALL.size());
	}

	@Test
	void withoutProbesThereIsNoApiServerOrEtcdSeriesAtAll() {
		ClusterFacts facts = RealWorld.facts("aks-1.16-kubenet");

		assertThat(FactGaugesAnalyzer.analyze(facts).series()).extracting(Series::family)
			.doesNotContain(Family.APISERVER_P99, Family.APISERVER_INFLIGHT, Family.ETCD_DB_SIZE, Family.ETCD_QUOTA,
					Family.ETCD_HAS_LEADER);
	}

	@Test
	void apiLatencyIsPerVerbAndAbsentUntilThereIsAnInterval() {
		ApiServerMetrics measured = new ApiServerMetrics(Map.of("readOnly", 12L), Map.of(),
				new Interval(AT.minusSeconds(30), AT,
						Map.of("LIST", new VerbLatency("LIST", 1.25, 400, false), "GET",
								new VerbLatency("GET", 0.05, 9000, false)),
						300, 0, 0),
				Gap.NONE, false);
		ApiServerMetrics first = new ApiServerMetrics(Map.of("readOnly", 12L), Map.of(), null, Gap.FIRST_SCRAPE,
				false);

		FactGaugesView withInterval = FactGaugesAnalyzer.analyze(withApi(measured));
		FactGaugesView firstScrape = FactGaugesAnalyzer.analyze(withApi(first));

		assertThat(values(withInterval, Family.APISERVER_P99, "verb"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("LIST", 1.25, "GET", 0.05));
		assertThat(values(firstScrape, Family.APISERVER_P99, "verb")).isEmpty();
		assertThat(values(firstScrape, Family.APISERVER_INFLIGHT, "request_kind")).containsEntry("readOnly", 12.0);
	}

	@Test
	void etcdSizesAreTheMembersOwnWordAndTheQuotaComesFromItsMetrics() {
		EtcdMemberFact one = new EtcdMemberFact(0x1aL, "cp-1", List.of(), List.of(), false);
		EtcdMemberFact two = new EtcdMemberFact(0x2bL, "", List.of(), List.of(), false);
		EtcdEndpointFact answered = new EtcdEndpointFact("https://10.0.0.1:2379",
				new EtcdStatusFact(0x1aL, "3.5.9", 800, 600, 0x1aL, 2, 10, 10, false, List.of()), "", true, "");
		EtcdEndpointFact silent = new EtcdEndpointFact("https://10.0.0.2:2379", null, "did not answer", false, "");
		EtcdMetricsFact metricsOne = new EtcdMetricsFact("https://10.0.0.1:2381/metrics", "", true, 0x1aL, true,
				1.0, 0.0, 2048.0, 999.0, 500.0, null, null, "true");
		EtcdMetricsFact metricsTwo = new EtcdMetricsFact("https://10.0.0.2:2381/metrics", "", true, 0x2bL, false,
				3.0, 1.0, 2048.0, 700.0, null, null, null, "false");
		EtcdFacts etcd = new EtcdFacts(List.of(one, two), List.of(answered, silent), List.of(), "",
				List.of(metricsOne, metricsTwo, EtcdMetricsFact.failed("https://10.0.0.3:2381/metrics", "refused")),
				AT, Availability.ok());
		ClusterFacts facts = TestFacts.demo().withProbes(ProbeFacts.none("", "").withEtcd(etcd), 2);

		FactGaugesView view = FactGaugesAnalyzer.analyze(facts);

		// Status says 800 on disk where the metrics said 999 a moment apart: the status, as etcdctl shows it.
		assertThat(values(view, Family.ETCD_DB_SIZE, "member")).containsExactlyInAnyOrderEntriesOf(
				Map.of("cp-1", 800.0, "2b", 700.0));
		assertThat(values(view, Family.ETCD_DB_SIZE_IN_USE, "member"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("cp-1", 600.0));
		assertThat(values(view, Family.ETCD_QUOTA, "member"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("cp-1", 2048.0, "2b", 2048.0));
		assertThat(values(view, Family.ETCD_HAS_LEADER, "member"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("cp-1", 1.0, "2b", 0.0));
	}

	@Test
	void theDemoHasNoQuotaBecauseItCapturedNoEtcdMetrics() {
		FactGaugesView view = FactGaugesAnalyzer.analyze(TestFacts.demo());

		assertThat(values(view, Family.ETCD_DB_SIZE, "member")).containsOnlyKeys("cp-1", "cp-2", "cp-3");
		assertThat(values(view, Family.ETCD_QUOTA, "member")).isEmpty();
	}

	@Test
	void dataAgeIsKnownFromTheCaptureOrTheOldestSyncAndOtherwiseNot() {
		ClusterFacts snapshot = RealWorld.facts("aks-1.16-kubenet");
		ClusterIdentity live = new ClusterIdentity("prod", ClusterIdentity.SourceType.LIVE, "test");
		ClusterFacts synced = new ClusterFacts(live, 3, AT,
				Map.of(FactKind.NODES, new KindFacts<>(FactKind.NODES, Availability.ok(), List.of(), AT.minusSeconds(40)),
						FactKind.PODS, new KindFacts<>(FactKind.PODS, Availability.ok(), List.of(), AT.minusSeconds(5))),
				Optional.empty(), Availability.ok(), List.of());
		ClusterFacts noTimestamps = new ClusterFacts(new ClusterIdentity("dump", ClusterIdentity.SourceType.SNAPSHOT, "x"),
				1, AT, Map.of(), Optional.empty(), Availability.ok(), List.of());

		assertThat(FactGaugesAnalyzer.dataAsOf(snapshot)).contains(Instant.parse("2020-06-07T08:01:09Z"));
		assertThat(FactGaugesAnalyzer.dataAsOf(synced)).contains(AT.minusSeconds(40));
		assertThat(FactGaugesAnalyzer.dataAsOf(ClusterFacts.loading(live, AT))).isEmpty();
		assertThat(FactGaugesAnalyzer.dataAsOf(noTimestamps)).isEmpty();
	}

	private static ClusterFacts withApi(ApiServerMetrics metrics) {
		ApiServerFacts api = new ApiServerFacts(AT, null, Availability.ok(), null, Availability.ok(), null,
				Availability.ok(), metrics, Availability.ok());
		return TestFacts.demo().withProbes(ProbeFacts.none("", "").withApiServer(api), 2);
	}

	private static Series kind(FactGaugesView view, String kind) {
		return view.series()
			.stream()
			.filter((s) -> s.family() == Family.KIND_AVAILABLE && s.label("kind").equals(kind))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, Double> values(FactGaugesView view, Family family, String label) {
		return view.series()
			.stream()
			.filter((s) -> s.family() == family)
			.collect(Collectors.toMap((s) -> s.label(label), Series::value));
	}

	static String node(String name, String ready) {
		return """
				apiVersion: v1
				kind: Node
				metadata: {name: %s}
				status:
				  conditions:
				  - {type: Ready, status: "%s", reason: KubeletReady}
				""".formatted(name, ready);
	}


}
