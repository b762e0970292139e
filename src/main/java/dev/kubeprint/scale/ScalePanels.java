package dev.kubeprint.scale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.NavigationItem;
import dev.kubeprint.web.Panel;

/** The scale page's panels, cut from one analysis. */
@Configuration(proxyBeanMethods = false)
class ScalePanels {

	static final String TEMPLATE = "scale/panels";

	@Bean
	NavigationItem scalePage() {
		return new NavigationItem(40, "/scale", "nav.scale");
	}

	@Bean
	Analysis<ScaleView> scaleAnalysis(ReferenceCatalog reference) {
		return new Analysis<>("scale", new ScaleAnalyzer(reference)::analyze);
	}

	@Bean
	Panel<ScaleView> scaleGaugesPanel(Analysis<ScaleView> scale) {
		return Panel.of("scale-gauges", TEMPLATE, scale, ScaleView::dimensions);
	}

	@Bean
	Panel<ScaleView> scaleObjectsPanel(Analysis<ScaleView> scale) {
		return Panel.of("scale-objects", TEMPLATE, scale, (v) -> new ObjectsPanel(v.objects(), v.objectsNote()));
	}

	record ObjectsPanel(java.util.List<ScaleView.ObjectCount> objects, String note) {
	}

}
