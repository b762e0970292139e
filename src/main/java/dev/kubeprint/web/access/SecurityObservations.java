package dev.kubeprint.web.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes every filter of its chains when an observation registry is present (the actuator's
 * is): a timed observation around each of a dozen filters, on every request, for metrics nobody reads here. On a
 * panel refresh answered 204 that was the largest single cost after the servlet container itself (BENCHMARKS.md,
 * "Pages at 150,000 pods"). Only the observations go: every filter, authentication and access decision still runs;
 * {@code http.server.requests} still times each request.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
