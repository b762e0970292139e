package dev.kubeprint.alerts;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.cluster.facts.LatestFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.web.PageDeclaration;

/**
 * The alerts page and the monitor behind it. The samples are cut once per facts version and language like any
 * view; the states are read from the monitor on every request, since time alone moves them.
 */
@Configuration(proxyBeanMethods = false)
class AlertsPage {

	/** This facts version's samples in the reader's language, with that language for the rest of the page. */
	record AlertsInput(List<AlertSample> samples, Texts texts) {
	}

	@Bean
	AlertMonitor alertMonitor(LatestFacts clusters, ReferenceCatalog reference, MessageSource messages, Clock clock,
			KubeprintProperties properties, ObjectProvider<MeterRegistry> registry) {
		AlertMonitor monitor = new AlertMonitor(clusters, reference.alertRules(), messages, clock,
				properties.probeInterval());
		registry.ifAvailable(monitor::register);
		return monitor;
	}

	@Bean
	PageDeclaration<AlertsInput> alertsDeclaration(AlertMonitor monitor) {
		var samples = new AlertRulesAnalyzer(monitor.rules());
		var page = new AlertsPageAnalyzer(monitor.rules(), monitor::machine);
		return PageDeclaration
			.of("alerts", 2, "nav.alerts", (facts, texts) -> new AlertsInput(samples.analyze(facts, texts), texts))
			.livePanel("alerts-rules", "alerts/panels", "rules", monitor::revision,
					(facts, input) -> page.analyze(monitor.current(facts), input.samples(), input.texts()))
			.liveJson((facts, input) -> page.analyze(monitor.current(facts), input.samples(), input.texts()));
	}

}
