package dev.kubeprint.distribution;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.Analysis;

/**
 * Which distribution a cluster is, read once per facts version: the control-plane rows, the overview and the
 * control-plane page all need it, and all must agree on whether a provider runs the control plane.
 */
@Configuration(proxyBeanMethods = false)
class DistributionAnalysis {

	@Bean
	Analysis<DistributionView> distribution(ReferenceCatalog reference) {
		return Analysis.of("distribution", new DistributionAnalyzer(reference)::analyze);
	}

}
