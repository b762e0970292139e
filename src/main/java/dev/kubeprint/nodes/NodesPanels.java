package dev.kubeprint.nodes;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.NavigationItem;
import dev.kubeprint.web.Panel;

/** The nodes page's panels, all cut from one analysis. */
@Configuration(proxyBeanMethods = false)
class NodesPanels {

	static final String TEMPLATE = "nodes/panels";

	@Bean
	NavigationItem nodesPage() {
		return new NavigationItem(10, "/nodes", "nav.nodes");
	}

	@Bean
	Analysis<NodesView> nodesAnalysis(ReferenceCatalog reference, KubeprintProperties properties) {
		Set<String> cniDaemonSets = reference.cnis()
			.stream()
			.flatMap((c) -> c.detect().daemonSets().stream())
			.collect(Collectors.toUnmodifiableSet());
		NodesAnalyzer analyzer = new NodesAnalyzer(properties.nodeGrouping(), cniDaemonSets);
		return new Analysis<>("nodes", analyzer::analyze);
	}

	@Bean
	Panel<NodesView> nodesSummaryPanel(Analysis<NodesView> nodes) {
		return Panel.of("nodes-summary", TEMPLATE, nodes, (v) -> new SummaryPanel(v.summary(), v.kubeProxy()));
	}

	@Bean
	Panel<NodesView> nodesGridPanel(Analysis<NodesView> nodes) {
		return Panel.of("nodes-grid", TEMPLATE, nodes, NodesView::grid);
	}

	@Bean
	Panel<NodesView> nodesTablePanel(Analysis<NodesView> nodes) {
		return Panel.of("nodes-table", TEMPLATE, nodes, NodesView::rows);
	}

	/** The counts and the kube-proxy mode share one panel: both are one line on a wall. */
	record SummaryPanel(NodesView.Summary summary, NodesView.KubeProxyView kubeProxy) {
	}

}
