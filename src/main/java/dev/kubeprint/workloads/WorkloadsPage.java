package dev.kubeprint.workloads;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.web.PageDeclaration;

/** The workloads page: pods, controllers short of replicas, node taints and recent trouble from Events. */
@Configuration(proxyBeanMethods = false)
class WorkloadsPage {

	@Bean
	PageDeclaration<WorkloadsView> workloadsDeclaration() {
		return PageDeclaration.of("workloads", 15, "nav.workloads", new WorkloadsAnalyzer()::analyze)
			.panel("workloads-pods", WorkloadsView::pods)
			.panel("workloads-controllers", WorkloadsView::controllers)
			.panel("workloads-nodes", WorkloadsView::nodes)
			.panel("workloads-events", WorkloadsView::events);
	}

}
