package dev.kubeprint.metrics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.probe.PrometheusText.Sample;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo cluster as Prometheus sees it: the whole app, scraped and parsed back. */
@SpringBootTest(properties = "kubeprint.clusters[0].demo=true")
@AutoConfigureMockMvc
class DemoMetricsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MetricsExport export;

	@Test
	void theDemosFactsAreExportedWithTheirClusterLabel() {
		ClusterFacts demo = TestFacts.demo();
		List<Sample> samples = scrapeOnceLoaded();

		assertThat(byLabel(samples, Family.NODES, "ready")).containsExactlyInAnyOrderEntriesOf(Map.of("true",
				count(demo, "True"), "false", count(demo, "False"), "unknown", demo.nodes().size() - count(demo, "True")
						- count(demo, "False")));
		assertThat(byLabel(samples, Family.PODS, "phase").values().stream().mapToDouble(Double::doubleValue).sum())
			.isEqualTo(demo.pods().size());
		assertThat(byLabel(samples, Family.KIND_AVAILABLE, "kind")).hasSize(FactKind.ALL.size());
		assertThat(byLabel(samples, Family.ETCD_DB_SIZE, "member")).containsOnlyKeys("cp-1", "cp-2", "cp-3");
		assertThat(byLabel(samples, Family.APISERVER_P99, "verb")).containsKey("LIST").doesNotContainKey("WATCH");
		assertThat(Scrapes.named(samples, Family.DATA_AGE)).singleElement()
			.satisfies((age) -> assertThat(age.value()).isPositive());
		assertThat(Scrapes.named(samples, Family.FINDINGS_DROPPED)).singleElement();
	}

	@Test
	void whatTheDemoDoesNotKnowIsNotExportedAtAll() {
		List<Sample> samples = scrapeOnceLoaded();

		// The demo captured etcd's endpoint status but not its /metrics: the quota is unknown, not 0.
		assertThat(Scrapes.named(samples, Family.ETCD_QUOTA)).isEmpty();
		assertThat(Scrapes.text(mvc)).contains("# HELP kubeprint_nodes ").contains("# TYPE kubeprint_nodes gauge");
	}

	private List<Sample> scrapeOnceLoaded() {
		return await().until(() -> {
			export.refresh();
			return Scrapes.of(mvc, "demo");
		}, (samples) -> !Scrapes.named(samples, Family.NODES).isEmpty());
	}

	private static double count(ClusterFacts facts, String ready) {
		return facts.nodes().stream().filter((n) -> n.ready() != null && n.ready().status().equals(ready)).count();
	}

	private static Map<String, Double> byLabel(List<Sample> samples, Family family, String label) {
		return Scrapes.named(samples, family)
			.stream()
			.collect(Collectors.toMap((s) -> s.label(label), Sample::value));
	}

}
