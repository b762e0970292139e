package dev.kubeprint.versions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.NavigationItem;
import dev.kubeprint.web.Panel;

/** The versions page's panels, cut from one analysis. */
@Configuration(proxyBeanMethods = false)
class VersionsPanels {

	static final String TEMPLATE = "versions/panels";

	@Bean
	NavigationItem versionsPage() {
		return new NavigationItem(30, "/versions", "nav.versions");
	}

	@Bean
	Analysis<VersionsView> versionsAnalysis(ReferenceCatalog reference) {
		return new Analysis<>("versions", new VersionsAnalyzer(reference)::analyze);
	}

	@Bean
	Panel<VersionsView> versionsSkewPanel(Analysis<VersionsView> versions) {
		return Panel.of("versions-skew", TEMPLATE, versions, VersionsView::skew);
	}

	@Bean
	Panel<VersionsView> versionsChangesPanel(Analysis<VersionsView> versions) {
		return Panel.of("versions-changes", TEMPLATE, versions, VersionsView::changesPanel);
	}

}
