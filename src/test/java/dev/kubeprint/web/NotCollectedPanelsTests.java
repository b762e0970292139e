package dev.kubeprint.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.kubeprint.testing.PageSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every panel of every page, on a dump that holds three real nodes and nothing else: no panel may turn what
 * was not collected into a reassuring sentence or a zero. Panels are taken from the page declarations, so a
 * new panel is checked without being listed here.
 */
@PageSliceTest(properties = { "kubeprint.clusters[0].name=nodes-only",
		"kubeprint.clusters[0].snapshot=src/test/resources/snapshots/nodes-only" })
class NotCollectedPanelsTests {

	/**
	 * Sentences and zeros that only data can earn; each was once shown for kinds nobody collected. A "|" stands
	 * where an element begins or ends.
	 */
	private static final List<String> REASSURING = List.of("no broken link:", "every kubelet is within",
			"the api answers", "no kube-proxy configmap", "no kubelet-config configmap", "no known cni", "no consuming pod runs", "outside the policy: 0",
			"| 0 pods", "| 0 / ", "pods 0/", "no pod found", "0 endpoints", "| 0/110", "0 of 0",
			"none firing or pending", "0 pods unscheduled");

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	static Stream<String> panels() {
		return Stream.of("status", "summary", "distribution", "diagram", "control-plane-components",
				"worker-components", "node-groups", "cp-distribution", "cp-apiserver", "cp-components", "cp-topology",
				"etcd-quorum", "etcd-database", "nodes-summary", "nodes-grid", "nodes-table", "workloads-pods",
				"workloads-controllers", "workloads-nodes", "workloads-events", "network-ranges", "network-cni",
				"network-ip-use", "scale-gauges", "scale-objects", "storage-summary", "storage-broken", "storage-chains",
				"versions-skew", "versions-changes", "alerts-headline", "alerts-rules", "checklist-control-plane",
				"checklist-workers", "findings-summary", "findings-list");
	}

	@ParameterizedTest
	@MethodSource("panels")
	void noPanelReassuresAboutWhatWasNotCollected(String panel) throws Exception {
		String html = mvc.perform(get("/clusters/nodes-only/panels/" + panel).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Element boundaries stay visible, so "Cordoned</span> <strong>0" is not read as "0 pods" of the next label.
		String text = html.replaceAll("(?s)<[^>]+>", " | ").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		assertThat(text).as(panel).doesNotContain(REASSURING.toArray(String[]::new));
	}

	@org.junit.jupiter.api.Test
	void theListAboveIsEveryDeclaredPanel() {
		List<String> declared = pages.navigation()
			.stream()
			.flatMap((page) -> page.panels().stream())
			.map(Panel::id)
			.toList();
		assertThat(panels().filter((p) -> !p.equals("status"))).containsExactlyInAnyOrderElementsOf(declared);
	}

}
