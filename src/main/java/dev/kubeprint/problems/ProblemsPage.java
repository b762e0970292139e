package dev.kubeprint.problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.findings.CheckFamily;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;

/**
 * The reference's common problems, diagnosed. No page of its own: the findings page shows them, and each finding
 * links to the panel that shows its subject.
 */
@Configuration(proxyBeanMethods = false)
class ProblemsPage {

	@Bean
	CheckFamily problemChecks(ReferenceCatalog reference) {
		CommonProblemsChecks checks = new CommonProblemsChecks(reference);
		return new CheckFamily("problems", Analysis.of("checks:problems", checks::check));
	}

}
