package dev.kubeprint.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.config.KubeprintProperties.NodeGroupingProperties;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.health.Health;

import static dev.kubeprint.testing.ClusterYaml.daemonSetPod;
import static dev.kubeprint.testing.ClusterYaml.node;
import static org.assertj.core.api.Assertions.assertThat;

class NodeGroupAnalyzerTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final NodeGroupAnalyzer analyzer = new NodeGroupAnalyzer(
			new NodeGroupingProperties(List.of("node-pool"), List.of("topology.kubernetes.io/zone")),
			Set.of("calico-node"));

	@Test
	void nodesAreGroupedByRoleAndPoolWithZonesAndStates() {
		ClusterFacts facts = TestFacts.yaml(node("cp-1", "control-plane", "", "a", "True"),
				node("g-1", "", "general", "a", "True"), node("g-2", "", "general", "b", "Unknown"),
				node("m-1", "", "memory", "a", "True"), daemonSetPod("kube-proxy-1", "kube-proxy", "g-1", true),
				daemonSetPod("calico-node-1", "calico-node", "g-1", true),
				daemonSetPod("calico-node-2", "calico-node", "g-2", false))
			.build();
		List<NodeTileView> tiles = analyzer.tiles(facts, EN);
		List<NodeGroupView> groups = analyzer.groups(tiles);
		assertThat(groups).extracting(NodeGroupView::role, NodeGroupView::pool)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("control-plane", ""),
					org.assertj.core.groups.Tuple.tuple("worker", "general"),
					org.assertj.core.groups.Tuple.tuple("worker", "memory"));
		NodeGroupView general = groups.get(1);
		assertThat(general.zones()).containsExactly("a", "b");
		assertThat(general.total()).isEqualTo(2);
		assertThat(general.notReady()).isEqualTo(1);
		assertThat(general.health()).isEqualTo(Health.DEGRADED);
		assertThat(general.kubeProxyReady()).isEqualTo(1);
		assertThat(general.cniReady()).isEqualTo(1);
		assertThat(general.pods()).isEqualTo(3);
		assertThat(general.problemNodes()).singleElement().satisfies((n) -> {
			assertThat(n.name()).isEqualTo("g-2");
			assertThat(n.health()).isEqualTo(Health.DOWN);
			assertThat(n.reason()).startsWith("Ready=Unknown");
		});
	}

	@Test
	void fiveThousandNodesBecomeAFewCardsNotFiveThousandBoxes() {
		List<String> docs = new ArrayList<>();
		String[] pools = { "general", "memory", "gpu", "batch" };
		for (int i = 0; i < 5000; i++) {
			docs.add(node("n-" + i, "", pools[i % pools.length], "zone-" + (i % 3), i % 997 == 0 ? "False" : "True"));
		}
		ClusterFacts facts = TestFacts.yaml(docs.toArray(String[]::new)).build();
		List<NodeTileView> tiles = analyzer.tiles(facts, EN);
		List<NodeGroupView> groups = analyzer.groups(tiles);
		assertThat(groups).hasSize(4);
		assertThat(groups).allSatisfy((g) -> assertThat(g.problemNodes()).hasSizeLessThanOrEqualTo(5));
		assertThat(groups.stream().mapToInt(NodeGroupView::notReady).sum()).isEqualTo(6);
		DiagramView diagram = DiagramLayout.layout(List.of(), List.of(), tiles, groups, 12, EN);
		assertThat(diagram.grouped()).isTrue();
		assertThat(diagram.cards()).hasSize(4);
		assertThat(diagram.nodeCount()).isEqualTo(5000);
	}

	@Test
	void fewNodesAreDrawnOneByOne() {
		ClusterFacts facts = TestFacts.yaml(node("a", "", "p", "z", "True"), node("b", "", "p", "z", "False")).build();
		List<NodeTileView> tiles = analyzer.tiles(facts, EN);
		DiagramView diagram = DiagramLayout.layout(List.of(), List.of(), tiles, analyzer.groups(tiles), 12, EN);
		assertThat(diagram.grouped()).isFalse();
		assertThat(diagram.cards()).extracting(DiagramView.Card::title).containsExactly("a", "b");
		assertThat(diagram.cards()).extracting(DiagramView.Card::health).containsExactly(Health.HEALTHY, Health.DOWN);
	}

}
