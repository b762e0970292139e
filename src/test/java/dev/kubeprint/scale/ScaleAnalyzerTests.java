package dev.kubeprint.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.scale.ScaleView.Dimension;
import dev.kubeprint.scale.ScaleView.Level;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.testing.KubeJson.configMap;
import static dev.kubeprint.testing.KubeJson.endpointSlice;
import static dev.kubeprint.testing.KubeJson.facts;
import static dev.kubeprint.testing.KubeJson.node;
import static dev.kubeprint.testing.KubeJson.pod;
import static dev.kubeprint.testing.KubeJson.secret;
import static org.assertj.core.api.Assertions.assertThat;

class ScaleAnalyzerTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final ScaleAnalyzer analyzer = new ScaleAnalyzer(ReferenceCatalog.load());

	@Test
	void greenBelowTheRecommendationAmberToTheLimitRedBeyond() {
		assertThat(Level.of(2999, 3000, 5000)).isEqualTo(Level.GREEN);
		assertThat(Level.of(3000, 3000, 5000)).isEqualTo(Level.AMBER);
		assertThat(Level.of(5000, 3000, 5000)).isEqualTo(Level.AMBER);
		assertThat(Level.of(5001, 3000, 5000)).isEqualTo(Level.RED);
	}

	@Test
	void allEightDimensionsOfTheReferenceAreMeasured() {
		ScaleView view = analyzer.analyze(TestFacts.demo(), EN);
		assertThat(view.dimensions()).extracting(Dimension::id)
			.containsExactly("nodes", "pods", "pods-per-node", "services", "backends-per-service", "namespaces",
					"configmap-size", "secret-size");
		assertThat(dimension(view, "nodes").value()).isEqualTo(24);
		assertThat(dimension(view, "nodes").level()).isEqualTo(Level.GREEN);
		assertThat(dimension(view, "nodes").limit()).isEqualTo(5000);
		assertThat(dimension(view, "nodes").recommendation()).isEqualTo(3000);
		assertThat(dimension(view, "pods").value()).isEqualTo(201);
		assertThat(dimension(view, "configmap-size").offenders()).isNotEmpty();
		assertThat(view.objects()).extracting(ScaleView.ObjectCount::resource).contains("pods", "nodes");
	}

	@Test
	void podsOnTheBusiestNodeAtTheBoundaryOf110() {
		assertThat(podsPerNode(109).level()).isEqualTo(Level.GREEN);
		assertThat(podsPerNode(110).level()).isEqualTo(Level.AMBER);
		Dimension over = podsPerNode(111);
		assertThat(over.level()).isEqualTo(Level.RED);
		assertThat(over.offenders()).first().satisfies((o) -> {
			assertThat(o.name()).isEqualTo("busy");
			assertThat(o.value()).isEqualTo(111);
		});
	}

	@Test
	void aSmallNodeIsMeasuredAgainstTenPodsPerCore() {
		List<Object> docs = new ArrayList<>();
		docs.add(node("small").cpu("4"));
		for (int i = 0; i < 45; i++) {
			docs.add(pod("x", "p" + i, "small", "10m", "10Mi"));
		}
		Dimension d = dimension(analyzer.analyze(facts(docs.toArray()).build(), EN), "pods-per-node");
		assertThat(d.level()).as("45 is green against 110").isEqualTo(Level.GREEN);
		assertThat(d.notes()).contains("Busiest node small: 45 pods; its own threshold is min(110, 10 × 4 cores) = 40")
			.anySatisfy((n) -> assertThat(n).startsWith("1 nodes run more pods than min(110, 10 × cores)"));
	}

	@Test
	void backendsAreSummedOverAServicesEndpointSlices() {
		Dimension green = backends(endpointSlice("a", "web-1", "web", 600), endpointSlice("a", "web-2", "web", 399));
		assertThat(green.value()).isEqualTo(999);
		assertThat(green.level()).isEqualTo(Level.GREEN);
		Dimension amber = backends(endpointSlice("a", "web-1", "web", 600), endpointSlice("a", "web-2", "web", 400),
				endpointSlice("a", "db-1", "db", 3));
		assertThat(amber.value()).isEqualTo(1000);
		assertThat(amber.level()).isEqualTo(Level.AMBER);
		assertThat(amber.offenders()).extracting(ScaleView.Offender::name).containsExactly("a/web", "a/db");
		Dimension red = backends(endpointSlice("a", "w-1", "w", 2500), endpointSlice("a", "w-2", "w", 2501));
		assertThat(red.level()).isEqualTo(Level.RED);
		assertThat(red.alsoKnown()).singleElement().satisfies((a) -> {
			assertThat(a.value()).isEqualTo(250);
			assertThat(a.source()).contains("thresholds.md");
		});
	}

	@Test
	void configMapSizesAtEachBoundary() {
		assertThat(configMapLevel(262_143)).isEqualTo(Level.GREEN);
		assertThat(configMapLevel(262_144)).isEqualTo(Level.AMBER);
		assertThat(configMapLevel(1_048_576)).isEqualTo(Level.AMBER);
		assertThat(configMapLevel(1_048_577)).isEqualTo(Level.RED);
	}

	@Test
	void secretSizesAtEachBoundaryWithoutTheirContents() {
		assertThat(secretDimension(262_140).level()).isEqualTo(Level.GREEN);
		assertThat(secretDimension(262_143).level()).isEqualTo(Level.AMBER);
		Dimension red = secretDimension(1_048_578);
		assertThat(red.level()).isEqualTo(Level.RED);
		assertThat(red.offenders()).singleElement().satisfies((o) -> assertThat(o.name()).isEqualTo("app/big"));
		assertThat(red.valueText()).isEqualTo("1 MiB");
	}

	@Test
	void aForbiddenKindSaysSoInsteadOfZero() {
		ClusterFacts f = TestFacts.yaml()
			.unavailable(FactKind.SECRETS, Availability.forbidden("list", "secrets", "list secrets is forbidden"))
			.build();
		Dimension d = dimension(analyzer.analyze(f, EN), "secret-size");
		assertThat(d.level()).isEqualTo(Level.UNKNOWN);
		assertThat(d.value()).isEqualTo(-1);
		assertThat(d.unavailable()).contains("forbidden");
	}

	@Test
	void nodesAndNamespacesAtTheirRecommendation() {
		List<Object> docs = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			docs.add(dev.kubeprint.testing.KubeJson.namespace("ns-" + i, Map.of()));
		}
		Dimension namespaces = dimension(analyzer.analyze(facts(docs.toArray()).build(), EN), "namespaces");
		assertThat(namespaces.value()).isEqualTo(1000);
		assertThat(namespaces.level()).isEqualTo(Level.AMBER);
		docs.remove(0);
		assertThat(dimension(analyzer.analyze(facts(docs.toArray()).build(), EN), "namespaces").level())
			.isEqualTo(Level.GREEN);
	}

	private Dimension podsPerNode(int pods) {
		List<Object> docs = new ArrayList<>();
		docs.add(node("busy").cpu("64").pods("250"));
		for (int i = 0; i < pods; i++) {
			docs.add(pod("x", "p" + i, "busy", "10m", "10Mi"));
		}
		return dimension(analyzer.analyze(facts(docs.toArray()).build(), EN), "pods-per-node");
	}

	private Dimension backends(Object... slices) {
		return dimension(analyzer.analyze(facts(slices).build(), EN), "backends-per-service");
	}

	/** The size counts key and value: "k" is one byte. */
	private Level configMapLevel(int size) {
		ClusterFacts f = facts(configMap("app", "cm", Map.of("k", "x".repeat(size - 1)))).build();
		assertThat(f.items(FactKind.CONFIG_MAPS).get(0).sizeBytes()).isEqualTo(size);
		return dimension(analyzer.analyze(f, EN), "configmap-size").level();
	}

	/** The size counts key and decoded value: "k" plus the bytes given. */
	private Dimension secretDimension(int valueBytes) {
		ClusterFacts f = facts(secret("app", "big", valueBytes)).build();
		return dimension(analyzer.analyze(f, EN), "secret-size");
	}

	static Dimension dimension(ScaleView view, String id) {
		return view.dimensions().stream().filter((d) -> d.id().equals(id)).findFirst().orElseThrow();
	}

}
