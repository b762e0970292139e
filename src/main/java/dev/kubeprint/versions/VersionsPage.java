package dev.kubeprint.versions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.findings.CheckFamily;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PageDeclaration;

/** The versions page: skew against the policy, and the reference's changes checked against this cluster. */
@Configuration(proxyBeanMethods = false)
class VersionsPage {

	@Bean
	PageDeclaration<VersionsView> versionsDeclaration(ReferenceCatalog reference) {
		return PageDeclaration.of("versions", 30, "nav.versions", new VersionsAnalyzer(reference)::analyze)
			.panel("versions-skew", VersionsView::skew)
			.panel("versions-changes", VersionsView::changesPanel);
	}

	/** Skew and applicable changes as findings, read from the page's own view. */
	@Bean
	CheckFamily versionsChecks(PageDeclaration<VersionsView> versionsDeclaration) {
		return new CheckFamily("versions", Analysis.of("checks:versions", versionsDeclaration.analysis(),
				new VersionsChecks()::check));
	}

}
