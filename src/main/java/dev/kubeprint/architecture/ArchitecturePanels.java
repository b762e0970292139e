package dev.kubeprint.architecture;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.NavigationItem;
import dev.kubeprint.web.Panel;

/** The overview page's panels, all cut from one analysis. */
@Configuration(proxyBeanMethods = false)
class ArchitecturePanels {

	static final String TEMPLATE = "architecture/panels";

	@Bean
	NavigationItem overviewPage() {
		return new NavigationItem(0, "", "nav.overview");
	}

	@Bean
	Analysis<ArchitectureView> architectureAnalysis(ReferenceCatalog reference, KubeprintProperties properties) {
		ArchitectureAnalyzer analyzer = new ArchitectureAnalyzer(reference, properties);
		return new Analysis<>("architecture", analyzer::analyze);
	}

	@Bean
	Panel<ArchitectureView> summaryPanel(Analysis<ArchitectureView> architecture) {
		return Panel.of("summary", TEMPLATE, architecture, ArchitectureView::summary);
	}

	@Bean
	Panel<ArchitectureView> diagramPanel(Analysis<ArchitectureView> architecture) {
		return Panel.of("diagram", TEMPLATE, architecture, ArchitectureView::diagram);
	}

	@Bean
	Panel<ArchitectureView> controlPlaneComponentsPanel(Analysis<ArchitectureView> architecture) {
		return Panel.of("control-plane-components", TEMPLATE, architecture, ArchitectureView::controlPlane);
	}

	@Bean
	Panel<ArchitectureView> workerComponentsPanel(Analysis<ArchitectureView> architecture) {
		return Panel.of("worker-components", TEMPLATE, architecture, ArchitectureView::workers);
	}

	@Bean
	Panel<ArchitectureView> nodeGroupsPanel(Analysis<ArchitectureView> architecture) {
		return Panel.of("node-groups", TEMPLATE, architecture, ArchitectureView::nodeGroups);
	}

}
