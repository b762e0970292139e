package dev.kubeprint.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.workloads.WorkloadsView.NodeRow;
import dev.kubeprint.workloads.WorkloadsView.NodesPart;
import dev.kubeprint.workloads.WorkloadsView.NodesPage;
import dev.kubeprint.workloads.WorkloadsView.TaintRow;

import static org.assertj.core.api.Assertions.assertThat;

/** The workloads page's nodes part grows with the cluster: it is cut into pages of 100. */
class WorkloadsNodesPageTests {

	@Test
	void notReadyThenCordonedOrTaintedNodesComeFirst() {
		var facts = dev.kubeprint.testing.KubeJson
			.facts(dev.kubeprint.testing.KubeJson.node("a-plain"), dev.kubeprint.testing.KubeJson.node("b-cordoned").cordoned(),
					dev.kubeprint.testing.KubeJson.node("c-down").ready("Unknown"), dev.kubeprint.testing.KubeJson.node("d-plain"))
			.build();
		assertThat(NodeTaints.analyze(facts, dev.kubeprint.i18n.Texts.of(Locale.ENGLISH)).rows()).extracting(NodeRow::name)
			.containsExactly("c-down", "b-cordoned", "a-plain", "d-plain");
	}

	@Test
	void pagesOfAHundredAndOutOfRangeNumbersComeBackInRange() {
		List<NodeRow> rows = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			List<TaintRow> taints = i == 3 ? List.of(new TaintRow("gpu", "NoSchedule", "")) : List.of();
			rows.add(new NodeRow(String.format(Locale.ROOT, "n-%03d", i), "True", true, "", "z", false, taints));
		}
		NodesPart part = new NodesPart("", rows, List.of(), 0);
		NodesPage first = part.page(1);
		assertThat(first.rows()).hasSize(100);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.total()).isEqualTo(250);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(part.page(3).rows()).hasSize(50);
		assertThat(part.page(99).page()).isEqualTo(3);
		assertThat(part.page(-1).page()).isEqualTo(1);
		assertThat(new NodesPart("nodes: forbidden", List.of(), List.of(), 0).page(2)).satisfies((p) -> {
			assertThat(p.page()).isEqualTo(1);
			assertThat(p.rows()).isEmpty();
			assertThat(p.unread()).isEqualTo("nodes: forbidden");
		});
	}

}
