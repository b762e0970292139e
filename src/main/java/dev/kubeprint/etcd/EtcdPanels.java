package dev.kubeprint.etcd;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.NavigationItem;
import dev.kubeprint.web.Panel;

/** The etcd page's panels. */
@Configuration(proxyBeanMethods = false)
class EtcdPanels {

	static final String TEMPLATE = "etcd/panels";

	@Bean
	NavigationItem etcdPage() {
		return new NavigationItem(6, "/etcd", "nav.etcd");
	}

	@Bean
	Analysis<EtcdPageView> etcdAnalysis(ReferenceCatalog reference) {
		return new Analysis<>("etcd", new EtcdPageAnalyzer(reference)::analyze);
	}

	@Bean
	Panel<EtcdPageView> etcdQuorumPanel(Analysis<EtcdPageView> etcd) {
		return new Panel<>("etcd-quorum", TEMPLATE, "quorum", etcd, (v) -> v);
	}

	@Bean
	Panel<EtcdPageView> etcdDatabasePanel(Analysis<EtcdPageView> etcd) {
		return new Panel<>("etcd-database", TEMPLATE, "database", etcd, (v) -> v);
	}

}
