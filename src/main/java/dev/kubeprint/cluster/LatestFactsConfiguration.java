package dev.kubeprint.cluster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.cluster.facts.LatestFacts;
import dev.kubeprint.cluster.source.ClusterSource;

/** Lets features read every cluster's facts without reaching for the registry and its sources. */
@Configuration(proxyBeanMethods = false)
class LatestFactsConfiguration {

	@Bean
	LatestFacts latestFacts(ClusterRegistry registry) {
		return () -> registry.sources().stream().map(ClusterSource::facts).toList();
	}

}
