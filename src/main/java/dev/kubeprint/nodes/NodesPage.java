package dev.kubeprint.nodes;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.PageDeclaration;

/**
 * The nodes page. Its own template: the table's filter sits outside the refreshing panel, so what was typed
 * survives a refresh. The table is served a page at a time, sorted and filtered on the server
 * (/clusters/{cluster}/nodes/table?page=N&sort=…&dir=desc&q=…, the same query on the page and its JSON twin);
 * the grid's groups refresh on their own ({@link NodesGridController}).
 */
@Configuration(proxyBeanMethods = false)
class NodesPage {

	/** The grid panel, whose pool/zone groups refresh on their own under its URL. */
	static final String GRID = "nodes-grid";

	@Bean
	PageDeclaration<NodesView> nodesDeclaration(ReferenceCatalog reference, KubeprintProperties properties) {
		Set<String> cniDaemonSets = reference.cnis()
			.stream()
			.flatMap((c) -> c.detect().daemonSets().stream())
			.collect(Collectors.toUnmodifiableSet());
		var analyzer = new NodesAnalyzer(properties.nodeGrouping(), cniDaemonSets);
		return PageDeclaration.of("nodes", 10, "nav.nodes", analyzer::analyze)
			.template("nodes/page")
			.panel("nodes-summary", (v) -> new SummaryPanel(v.summary(), v.kubeProxy(), v.kubelet()))
			.panel(GRID, (v) -> new NodesView.GridFrame(v.grid()))
			.queriedPanel("nodes-table", "table", (v, query) -> NodeTable.page(v.rows(), query))
			.queriedJson(NodesJson::of);
	}

	/** The counts, the kube-proxy mode and the kubelet settings share one panel: each is one line on a wall. */
	record SummaryPanel(NodesView.Summary summary, NodesView.KubeProxyView kubeProxy, NodesView.KubeletView kubelet) {
	}

}
