package dev.kubeprint.controlplane;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.NavigationItem;
import dev.kubeprint.web.Panel;

/** The control-plane page's panels, cut from one analysis. */
@Configuration(proxyBeanMethods = false)
class ControlPlanePanels {

	static final String TEMPLATE = "controlplane/panels";

	@Bean
	NavigationItem controlPlanePage() {
		return new NavigationItem(5, "/control-plane", "nav.control-plane");
	}

	@Bean
	Analysis<ControlPlaneView> controlPlaneAnalysis(ReferenceCatalog reference) {
		return new Analysis<>("control-plane", new ControlPlanePageAnalyzer(reference)::analyze);
	}

	@Bean
	Panel<ControlPlaneView> apiServerPanel(Analysis<ControlPlaneView> controlPlane) {
		return new Panel<>("cp-apiserver", TEMPLATE, "apiserver", controlPlane, (v) -> v);
	}

	@Bean
	Panel<ControlPlaneView> controlPlaneComponentsDetailPanel(Analysis<ControlPlaneView> controlPlane) {
		return new Panel<>("cp-components", TEMPLATE, "components", controlPlane, (v) -> v);
	}

	@Bean
	Panel<ControlPlaneView> topologyPanel(Analysis<ControlPlaneView> controlPlane) {
		return new Panel<>("cp-topology", TEMPLATE, "topology", controlPlane, ControlPlaneView::topology);
	}

}
