package dev.kubeprint.network;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.findings.CheckFamily;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PageDeclaration;

/** The network page: ranges and where each is read from, the CNI, and the room left for pod IPs. */
@Configuration(proxyBeanMethods = false)
class NetworkPage {

	@Bean
	PageDeclaration<NetworkView> networkDeclaration(ReferenceCatalog reference) {
		return PageDeclaration.of("network", 20, "nav.network", new NetworkAnalyzer(reference)::analyze)
			.panel("network-ranges", NetworkView::ranges)
			.panel("network-cni", (v) -> new CniPanel(v.cni(), v.comparison(), v.policies()))
			.panel("network-ip-use", NetworkView::ipUse);
	}

	/** What the page states of the CNI and the address ranges, as findings, read from its own view. */
	@Bean
	CheckFamily networkChecks(PageDeclaration<NetworkView> networkDeclaration, ReferenceCatalog reference) {
		return new CheckFamily("network", Analysis.of("checks:network", networkDeclaration.analysis(),
				new NetworkChecks(reference.cnis())::check));
	}

	/** The CNI, the reference's comparison beside it, and whether its policies are enforced. */
	record CniPanel(NetworkView.CniView cni, List<NetworkView.CniRow> comparison, NetworkView.PolicyView policies) {
	}

}
