package dev.kubeprint.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.LatestFacts;
import dev.kubeprint.cluster.probe.PrometheusText.Sample;
import dev.kubeprint.findings.CheckFamily;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PanelRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings of a cluster whose facts change under the running app, scraped and parsed back: capped and
 * counted, and gone from the scrape when they no longer hold. Every check family of the app runs on these
 * facts too, so the expected series are read from the app's own findings rather than assumed.
 */
@SpringBootTest(properties = { "kubeprint.clusters[0].demo=true", "kubeprint.metrics.max-findings-per-cluster=3" })
@AutoConfigureMockMvc
@Import(FindingMetricsTests.Lab.class)
class FindingMetricsTests {

	static final String CHECK = "0-metrics-test";

	/** Sorts before the usual characters, so the test's own findings are the first the cap keeps. */
	static final String HOSTILE = "\"hostile\" \\ sub\nject {a=\"b\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	MetricsExport export;

	@Autowired
	Lab lab;

	@Autowired
	PanelRenderer renderer;

	@Autowired
	@Qualifier("findings")
	Analysis<List<Finding>> findings;

	@Test
	void findingsAreCappedWorstFirstAndWhatTheCapLeftOutIsCounted() {
		ClusterFacts facts = lab.show(facts("False", "False", "False", "False", "False"));

		List<Sample> samples = scrape();

		assertThat(exported(samples)).containsExactlyElementsOf(expected(facts, 3));
		assertThat(exported(samples)).containsExactly("critical " + CHECK + " " + HOSTILE,
				"critical " + CHECK + " node w-1", "critical " + CHECK + " node w-2");
		assertThat(dropped(samples)).isEqualTo(distinct(facts) - 3).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aFindingThatNoLongerHoldsLeavesTheScrapeAndUnknownFactsLeaveNoCounts() {
		lab.show(facts("False", "False", "False", "False", "False"));
		assertThat(exported(scrape())).contains("critical " + CHECK + " node w-1");
		assertThat(Scrapes.named(scrape(), Family.PODS)).isNotEmpty();

		ClusterFacts recovered = lab.show(TestFacts.yaml(nodes("True", "False", "False", "False", "False"))
			.unavailable(FactKind.PODS, Availability.notCollected("pods were not collected"))
			.build());
		List<Sample> samples = scrape();

		assertThat(exported(samples)).doesNotContain("critical " + CHECK + " node w-1")
			.contains("critical " + CHECK + " node w-3")
			.containsExactlyElementsOf(expected(recovered, 3));
		assertThat(dropped(samples)).isEqualTo(distinct(recovered) - 3);
		assertThat(Scrapes.named(samples, Family.PODS)).isEmpty();
		assertThat(Scrapes.named(samples, Family.NODES)).isNotEmpty();
	}

	private List<Sample> scrape() {
		export.refresh();
		return Scrapes.of(mvc, "test");
	}

	/** The first {@code cap} findings by (check, subject), worst first, as the export must keep them. */
	private List<String> expected(ClusterFacts facts, int cap) {
		Map<String, String> worst = new LinkedHashMap<>();
		renderer.view(facts, findings, Locale.ENGLISH)
			.stream()
			.sorted(Comparator.comparingInt((Finding f) -> f.level().worstFirst())
				.thenComparing(Finding::check)
				.thenComparing(Finding::subject))
			.forEach((f) -> worst.putIfAbsent(f.check() + "\u0000" + f.subject(),
					f.level().label() + " " + f.check() + " " + f.subject()));
		return new ArrayList<>(worst.values()).subList(0, Math.min(cap, worst.size()));
	}

	private int distinct(ClusterFacts facts) {
		return (int) renderer.view(facts, findings, Locale.ENGLISH)
			.stream()
			.map((f) -> List.of(f.check(), f.subject()))
			.distinct()
			.count();
	}

	private static List<String> exported(List<Sample> samples) {
		return Scrapes.named(samples, Family.FINDING)
			.stream()
			.map((s) -> s.label("level") + " " + s.label("check") + " " + s.label("subject"))
			.sorted(Comparator.comparing((String line) -> !line.startsWith("critical")).thenComparing((l) -> l))
			.toList();
	}

	private static double dropped(List<Sample> samples) {
		return Scrapes.named(samples, Family.FINDINGS_DROPPED).get(0).value();
	}

	private static ClusterFacts facts(String... ready) {
		return TestFacts.yaml(nodes(ready)).build();
	}

	private static String[] nodes(String... ready) {
		String[] documents = new String[ready.length];
		for (int i = 0; i < ready.length; i++) {
			documents[i] = FactGaugesAnalyzerTests.node("w-" + (i + 1), ready[i]);
		}
		return documents;
	}

	/** A cluster named "test" whose facts the test replaces, with one check family of its own. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Lab implements LatestFacts {

		private volatile ClusterFacts facts = facts("True");

		private long version = 1;

		/** Publishes new facts as a source does: with the next version, which is what tells readers to look. */
		synchronized ClusterFacts show(ClusterFacts next) {
			this.facts = next.withVersion(++version, next.observedAt());
			return this.facts;
		}

		@Override
		public List<ClusterFacts> all() {
			return List.of(facts);
		}

		@Bean
		@Primary
		LatestFacts labFacts() {
			return this;
		}

		@Bean
		CheckFamily metricsTestChecks() {
			return new CheckFamily("metrics-test", Analysis.of("checks:metrics-test", (facts, texts) -> {
				List<Finding> found = new ArrayList<>();
				if (!facts.cluster().name().equals("test")) {
					return found;
				}
				found.add(Finding.of(CHECK, FindingLevel.CRITICAL, HOSTILE, "a subject as hostile as cluster data"));
				facts.nodes()
					.stream()
					.filter((node) -> !node.isReady())
					.forEach((node) -> found
						.add(Finding.of(CHECK, FindingLevel.CRITICAL, "node " + node.name(), "not ready")));
				return found;
			}));
		}

	}

}
