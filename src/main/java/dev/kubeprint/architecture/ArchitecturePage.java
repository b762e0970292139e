package dev.kubeprint.architecture;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.alerts.AlertMonitor;
import dev.kubeprint.alerts.AlertsPageAnalyzer;
import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.distribution.DistributionView;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PageDeclaration;

/** The overview, at the cluster's own URL: every panel cut from one analysis. */
@Configuration(proxyBeanMethods = false)
class ArchitecturePage {

	@Bean
	PageDeclaration<ArchitectureView> overviewDeclaration(ReferenceCatalog reference, KubeprintProperties properties,
			Analysis<List<ComponentView>> controlPlane, Analysis<DistributionView> distribution, AlertMonitor alerts) {
		var analyzer = new ArchitectureAnalyzer(reference, properties);
		return PageDeclaration.of("", 0, "nav.overview", controlPlane, distribution, analyzer::analyze)
			.fragments("architecture/panels")
			.jsonPath("overview")
			.panel("summary", ArchitectureView::summary)
			.livePanelOfFacts("alerts-headline", "alerts/panels", "headline", alerts::revision,
					(facts) -> AlertsPageAnalyzer.headline(alerts.recent(facts)))
			.panel("distribution", ArchitectureView::distribution)
			.panel("diagram", ArchitectureView::diagram)
			.panel("control-plane-components", ArchitectureView::controlPlane)
			.panel("worker-components", ArchitectureView::workers)
			.panel("node-groups", ArchitectureView::nodeGroups);
	}

}
