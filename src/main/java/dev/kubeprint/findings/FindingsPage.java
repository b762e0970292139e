package dev.kubeprint.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.health.Finding;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PageDeclaration;
import dev.kubeprint.web.PanelFindings;

/**
 * Every finding of every check family, worst first; the findings page (a summary, and the findings a page at a
 * time, in HTML and in JSON); and what each panel of the other pages says of its findings.
 */
@Configuration(proxyBeanMethods = false)
class FindingsPage {

	static final Comparator<Finding> WORST_FIRST = Comparator
		.comparingInt((Finding f) -> f.level().worstFirst())
		.thenComparing(Finding::check)
		.thenComparing(Finding::subject);

	/** All findings for the latest facts: each family's analysis is cached, so this only merges and sorts. */
	@Bean
	Analysis<List<Finding>> findings(ObjectProvider<CheckFamily> families) {
		List<CheckFamily> ordered = families.stream().sorted(Comparator.comparing(CheckFamily::name)).toList();
		return new Analysis<>("findings", (facts, texts, inputs) -> {
			List<Finding> all = new ArrayList<>();
			for (CheckFamily family : ordered) {
				all.addAll(inputs.of(family.analysis()));
			}
			all.sort(WORST_FIRST);
			return List.copyOf(all);
		});
	}

	@Bean
	PageDeclaration<FindingsView> findingsDeclaration(Analysis<List<Finding>> findings) {
		return PageDeclaration.of("findings", 1, "nav.findings", findings,
				(facts, texts, all) -> FindingsAnalyzer.analyze(all))
			.panel("findings-summary", FindingsView::summary)
			.pagedPanel("findings-list", "list", FindingsView::page)
			.pagedJson(FindingsView::json);
	}

	/** Read by every panel of every page: computed once per facts version from the page's own order. */
	@Bean
	Analysis<PanelFindings> panelFindings(PageDeclaration<FindingsView> findingsDeclaration) {
		return Analysis.of("findings:panels", findingsDeclaration.analysis(),
				(facts, texts, view) -> PanelBadges.panels(view.findings()));
	}

}
