package dev.kubeprint.network;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.NavigationItem;
import dev.kubeprint.web.Panel;

/** The network page's panels, cut from one analysis. */
@Configuration(proxyBeanMethods = false)
class NetworkPanels {

	static final String TEMPLATE = "network/panels";

	@Bean
	NavigationItem networkPage() {
		return new NavigationItem(20, "/network", "nav.network");
	}

	@Bean
	Analysis<NetworkView> networkAnalysis(ReferenceCatalog reference) {
		return new Analysis<>("network", new NetworkAnalyzer(reference)::analyze);
	}

	@Bean
	Panel<NetworkView> networkRangesPanel(Analysis<NetworkView> network) {
		return Panel.of("network-ranges", TEMPLATE, network, NetworkView::ranges);
	}

	@Bean
	Panel<NetworkView> networkCniPanel(Analysis<NetworkView> network) {
		return Panel.of("network-cni", TEMPLATE, network,
				(v) -> new CniPanel(v.cni(), v.comparison(), v.policies()));
	}

	@Bean
	Panel<NetworkView> networkIpUsePanel(Analysis<NetworkView> network) {
		return Panel.of("network-ip-use", TEMPLATE, network, NetworkView::ipUse);
	}

	/** The CNI, the reference's comparison beside it, and whether its policies are enforced. */
	record CniPanel(NetworkView.CniView cni, java.util.List<NetworkView.CniRow> comparison,
			NetworkView.PolicyView policies) {
	}

}
