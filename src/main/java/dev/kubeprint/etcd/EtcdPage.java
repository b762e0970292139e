package dev.kubeprint.etcd;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.health.ComponentView;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.PageDeclaration;

/** The etcd page: etcd as it answers for itself, beside its row of the control-plane table. */
@Configuration(proxyBeanMethods = false)
class EtcdPage {

	@Bean
	PageDeclaration<EtcdPageView> etcdDeclaration(Analysis<List<ComponentView>> controlPlane) {
		return PageDeclaration.of("etcd", 6, "nav.etcd", controlPlane, new EtcdPageAnalyzer()::analyze)
			.panel("etcd-quorum", "quorum", (v) -> v)
			.panel("etcd-database", "database", (v) -> v);
	}

}
