package dev.kubeprint.workloads;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.web.PageDeclaration;

/**
 * The workloads page: pods, controllers short of replicas, node taints and recent trouble from Events. The nodes
 * part grows with the cluster: it is shown a page at a time (/clusters/{cluster}/workloads/nodes?page=N).
 */
@Configuration(proxyBeanMethods = false)
class WorkloadsPage {

	@Bean
	PageDeclaration<WorkloadsView> workloadsDeclaration() {
		return PageDeclaration.of("workloads", 15, "nav.workloads", new WorkloadsAnalyzer()::analyze)
			.panel("workloads-pods", WorkloadsView::pods)
			.panel("workloads-controllers", WorkloadsView::controllers)
			.pagedPanel("workloads-nodes", "nodes", (v, page) -> v.nodes().page(page))
			.panel("workloads-events", WorkloadsView::events);
	}

}
