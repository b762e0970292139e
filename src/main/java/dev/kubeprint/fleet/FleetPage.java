package dev.kubeprint.fleet;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.alerts.AlertMonitor;
import dev.kubeprint.alerts.AlertsPageAnalyzer;
import dev.kubeprint.alerts.AlertsView.AlertsHeadline;
import dev.kubeprint.architecture.ArchitectureView;
import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.fleet.FleetAnalyzer.Basis;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.Finding;
import dev.kubeprint.web.Analysis;
import dev.kubeprint.web.FleetDeclaration;
import dev.kubeprint.web.PageDeclaration;

/**
 * The fleet page: a tile per cluster cut from the analyses its own pages already cached (the overview, the
 * control-plane table, the findings) and from the alert states, so that 200 clusters cost 200 small records.
 */
@Configuration(proxyBeanMethods = false)
class FleetPage {

	@Bean
	FleetDeclaration<Basis, FleetView> fleetDeclaration(PageDeclaration<ArchitectureView> overviewDeclaration,
			Analysis<List<ComponentView>> controlPlaneComponents, Analysis<List<Finding>> findings,
			AlertMonitor alerts, KubeprintProperties properties) {
		Analysis<Basis> basis = new Analysis<>("fleet:tile",
				(facts, texts, inputs) -> FleetAnalyzer.basis(facts, inputs.of(overviewDeclaration.analysis()).summary(),
						inputs.of(controlPlaneComponents), inputs.of(findings)));
		return new FleetDeclaration<>("fleet.title", "fleet/page", basis, (facts, tile, now) -> {
			AlertsHeadline headline = AlertsPageAnalyzer.headline(alerts.current(facts));
			return FleetAnalyzer.tile(facts, tile, headline.firing(), headline.pending(), now, properties.staleness());
		}, FleetAnalyzer.WORST_FIRST, FleetAnalyzer::matches, FleetView.STATES);
	}

}
