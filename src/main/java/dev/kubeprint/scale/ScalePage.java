package dev.kubeprint.scale;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.findings.CheckFamily;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PageDeclaration;

/** The scale-limits page: a gauge per dimension of the reference, and the objects etcd stores. */
@Configuration(proxyBeanMethods = false)
class ScalePage {

	@Bean
	PageDeclaration<ScaleView> scaleDeclaration(ReferenceCatalog reference) {
		return PageDeclaration.of("scale", 40, "nav.scale", new ScaleAnalyzer(reference)::analyze)
			.panel("scale-gauges", ScaleView::dimensions)
			.panel("scale-objects", (v) -> new ObjectsPanel(v.objects(), v.objectsNote()));
	}

	/** The gauges as findings, read from the page's own view. */
	@Bean
	CheckFamily scaleChecks(PageDeclaration<ScaleView> scaleDeclaration) {
		return new CheckFamily("scale", Analysis.of("checks:scale", scaleDeclaration.analysis(),
				new ScaleChecks()::check));
	}

	record ObjectsPanel(List<ScaleView.ObjectCount> objects, String note) {
	}

}
