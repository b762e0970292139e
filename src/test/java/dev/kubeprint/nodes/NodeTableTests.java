package dev.kubeprint.nodes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.config.KubeprintProperties.NodeGroupingProperties;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.nodes.NodesView.NodeRow;
import dev.kubeprint.testing.HostileStrings;
import dev.kubeprint.testing.KubeJson;
import dev.kubeprint.web.PanelQuery;

import static dev.kubeprint.testing.KubeJson.facts;
import static dev.kubeprint.testing.KubeJson.node;
import static dev.kubeprint.testing.KubeJson.pod;
import static org.assertj.core.api.Assertions.assertThat;

/** The nodes table sorted, filtered and cut into pages on the server, and what changes when one node does. */
class NodeTableTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final NodesAnalyzer analyzer = new NodesAnalyzer(
			new NodeGroupingProperties(List.of("node-pool"), List.of("topology.kubernetes.io/zone")),
			Set.of("calico-node"));

	/** 250 nodes in two pools and two zones, n-007 NotReady, n-103 under DiskPressure, n-i running i % 7 pods. */
	private List<NodeRow> rows(String changed) {
		List<Object> objects = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			String name = String.format(Locale.ROOT, "n-%03d", i);
			KubeJson.Node node = node(name).pool(i % 2 == 0 ? "general" : "gpu", "zone-" + (i / 125));
			if (i == 7 || name.equals(changed)) {
				node.ready("Unknown");
			}
			else if (i == 103) {
				node.pressure("DiskPressure");
			}
			objects.add(node);
			for (int p = 0; p < i % 7; p++) {
				objects.add(pod("shop", name + "-" + p, name, "100m", "128Mi"));
			}
		}
		return analyzer.analyze(facts(objects.toArray()).build(), EN).rows();
	}

	@Test
	void pagesCoverEveryRowOnceAndOutOfRangePagesComeBackInRange() {
		List<NodeRow> rows = rows("");
		List<String> seen = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			NodeTablePage p = NodeTable.page(rows, new PanelQuery(page, "name", false, ""));
			assertThat(p.pages()).isEqualTo(3);
			assertThat(p.first()).isEqualTo((page - 1) * 100 + 1);
			p.rows().forEach((r) -> seen.add(r.name()));
		}
		assertThat(seen).hasSize(250).doesNotHaveDuplicates().isSorted();
		NodeTablePage last = NodeTable.page(rows, new PanelQuery(3, "name", false, ""));
		assertThat(last.rows()).hasSize(50);
		assertThat(last.last()).isEqualTo(250);
		assertThat(last.hasNext()).isFalse();
		assertThat(last.hasPrevious()).isTrue();
		assertThat(NodeTable.page(rows, new PanelQuery(99, "name", false, "")).page()).as("beyond the end: the last")
			.isEqualTo(3);
		assertThat(NodeTable.page(rows, new PanelQuery(-4, "", false, "")).page()).isEqualTo(1);
		assertThat(NodeTable.page(rows, new PanelQuery(Integer.MAX_VALUE, "", false, "")).rows()).hasSize(50);
	}

	@Test
	void theTablesOwnOrderPutsNotReadyAndPressuredFirstAndColumnsSortBothWays() {
		List<NodeRow> rows = rows("");
		NodeTablePage own = NodeTable.page(rows, PanelQuery.FIRST);
		assertThat(own.query().sort()).isEqualTo("state");
		assertThat(own.rows()).extracting(NodeRow::name).startsWith("n-007", "n-103");
		NodeTablePage down = NodeTable.page(rows, new PanelQuery(1, "name", true, ""));
		assertThat(down.rows().get(0).name()).isEqualTo("n-249");
		assertThat(down.ariaSort("name")).isEqualTo("descending");
		assertThat(down.ariaSort("pool")).isNull();
		NodeTablePage pods = NodeTable.page(rows, new PanelQuery(1, "pods", true, ""));
		assertThat(pods.rows()).extracting(NodeRow::podsPercent).isSortedAccordingTo((a, b) -> b - a);
		assertThat(pods.rows().get(0).podsPercent()).isEqualTo(5);
		assertThat(NodeTable.page(rows, new PanelQuery(1, "evil", false, "")).query().sort())
			.as("a column that is none is the table's own order").isEqualTo("state");
		assertThat(new PanelQuery(1, "<script>", false, "").sort()).as("never carried into a link").isEmpty();
	}

	@Test
	void theFilterMatchesWhatARowShowsAndMayMatchNothing() {
		List<NodeRow> rows = rows("");
		NodeTablePage gpu = NodeTable.page(rows, new PanelQuery(2, "name", false, "GPU"));
		assertThat(gpu.matching()).isEqualTo(125);
		assertThat(gpu.total()).isEqualTo(250);
		assertThat(gpu.rows()).hasSize(25).allMatch((r) -> r.pool().equals("gpu"));
		assertThat(NodeTable.page(rows, new PanelQuery(1, "", false, "diskpressure")).rows()).extracting(NodeRow::name)
			.containsExactly("n-103");
		assertThat(NodeTable.page(rows, new PanelQuery(1, "", false, "ready=unknown")).rows()).extracting(NodeRow::name)
			.containsExactly("n-007");
		NodeTablePage none = NodeTable.page(rows, new PanelQuery(5, "", false, HostileStrings.SCRIPT));
		assertThat(none.matching()).isZero();
		assertThat(none.rows()).isEmpty();
		assertThat(none.page()).isEqualTo(1);
		assertThat(none.pages()).isEqualTo(1);
		assertThat(none.first()).isZero();
		assertThat(none.last()).isZero();
	}

	@Test
	void hostileNamesAndFiltersStayTextAndTravelEncoded() {
		String name = HostileStrings.json(HostileStrings.IMG);
		ClusterFacts f = facts(node(name.substring(1, name.length() - 1)).pool("a&b=c", "z"), node("plain")).build();
		List<NodeRow> rows = analyzer.analyze(f, EN).rows();
		NodeTablePage found = NodeTable.page(rows, new PanelQuery(1, "name", false, "onerror=\""));
		assertThat(found.rows()).extracting(NodeRow::name).containsExactly(HostileStrings.IMG);
		for (String filter : List.of(HostileStrings.IMG, "a&b=c", "100% + more#x", "x".repeat(500))) {
			PanelQuery query = new PanelQuery(2, "pool", true, filter);
			String encoded = query.encoded();
			assertThat(encoded).startsWith("page=2&sort=pool&dir=desc&q=").doesNotContain("<", "\"", "#", " ");
			String q = URLDecoder.decode(encoded.substring(encoded.indexOf("&q=") + 3), StandardCharsets.UTF_8);
			assertThat(q).isEqualTo(query.filter());
			assertThat(q.length()).isLessThanOrEqualTo(PanelQuery.MAX_FILTER);
		}
	}

	@Test
	void oneNodeChangingChangesOneGroupsTagAndOnlyTheTablePageItIsOn() {
		NodesView before = analyzer.analyze(facts(rowsFacts("")).build(), EN);
		NodesView after = analyzer.analyze(facts(rowsFacts("n-200")).build(), EN);
		List<String> changed = new ArrayList<>();
		for (int g = 0; g < before.grid().groups().size(); g++) {
			if (!before.grid().groups().get(g).tag().equals(after.grid().groups().get(g).tag())) {
				changed.add(after.grid().groups().get(g).id());
			}
		}
		assertThat(changed).as("n-200 is in pool general, zone-1").containsExactly("general-zone-1");
		assertThat(new NodesView.GridFrame(after.grid())).as("the grid panel's own text, its etag's basis")
			.hasToString(new NodesView.GridFrame(before.grid()).toString());
		for (int page = 1; page <= 3; page++) {
			PanelQuery query = new PanelQuery(page, "name", false, "");
			boolean same = NodeTable.page(before.rows(), query).toString()
				.equals(NodeTable.page(after.rows(), query).toString());
			assertThat(same).as("page %d by name", page).isEqualTo(page != 3);
		}
	}

	private Object[] rowsFacts(String changed) {
		List<Object> objects = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			String name = String.format(Locale.ROOT, "n-%03d", i);
			KubeJson.Node node = node(name).pool(i % 2 == 0 ? "general" : "gpu", "zone-" + (i / 125));
			if (name.equals(changed)) {
				node.ready("False");
			}
			objects.add(node);
		}
		return objects.toArray();
	}

}
