package dev.kubeprint.checklist;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.findings.CheckFamily;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PageDeclaration;

/** The production checklist, executed: its checks as a family of findings, and the page that lays them out. */
@Configuration(proxyBeanMethods = false)
class ChecklistPage {

	@Bean
	CheckFamily checklistChecks(ReferenceCatalog reference, Analysis<List<ComponentView>> controlPlaneComponents) {
		var checks = new ChecklistChecks(reference.checklist());
		return new CheckFamily("checklist",
				Analysis.of("checks:checklist", controlPlaneComponents, (facts, texts, rows) -> checks.check(facts, texts, rows)));
	}

	@Bean
	PageDeclaration<ChecklistView> checklistDeclaration(ReferenceCatalog reference,
			@Qualifier("checklistChecks") CheckFamily checklistChecks) {
		var analyzer = new ChecklistAnalyzer(reference.checklist());
		return PageDeclaration.of("checklist", 3, "nav.checklist", checklistChecks.analysis(), analyzer::analyze)
			.panel("checklist-control-plane", "section", (v) -> v.section("control-plane"))
			.panel("checklist-workers", "section", (v) -> v.section("worker-nodes"));
	}

}
