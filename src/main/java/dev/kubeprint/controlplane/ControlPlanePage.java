package dev.kubeprint.controlplane;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.distribution.DistributionView;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.ControlPlaneAnalyzer;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PageDeclaration;

/** The control-plane page, and the reading of its components that the overview and etcd pages share. */
@Configuration(proxyBeanMethods = false)
class ControlPlanePage {

	/** The reference's control-plane table with live columns: computed once, read by three pages. */
	@Bean
	Analysis<List<ComponentView>> controlPlaneComponents(ReferenceCatalog reference,
			Analysis<DistributionView> distribution) {
		return Analysis.of("control-plane-components", distribution, new ControlPlaneAnalyzer(reference)::analyze);
	}

	@Bean
	PageDeclaration<ControlPlaneView> controlPlaneDeclaration(ReferenceCatalog reference,
			Analysis<List<ComponentView>> components, Analysis<DistributionView> distribution) {
		var analyzer = new ControlPlanePageAnalyzer(reference);
		return PageDeclaration.of("control-plane", 5, "nav.control-plane", components, distribution, analyzer::analyze)
			.fragments("controlplane/panels")
			.panel("cp-distribution", "distribution", ControlPlaneView::distribution)
			.panel("cp-apiserver", "apiserver", (v) -> v)
			.panel("cp-components", "components", (v) -> v)
			.panel("cp-topology", "topology", ControlPlaneView::topology);
	}

}
