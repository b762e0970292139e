package dev.kubeprint.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.kubeprint.architecture.ArchitectureView.SummaryView;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.ClusterIdentity.SourceType;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.Health;

import static org.assertj.core.api.Assertions.assertThat;

/** A tile from facts and the views its pages computed: the verdict, why data is missing, and the order. */
class FleetAnalyzerTests {

	static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	static final Duration STALENESS = Duration.ofSeconds(60);

	static final SummaryView FINE = new SummaryView("v1.30.2", 3, 3, 40, 40, 0, 0, 4, 5, Health.HEALTHY, Health.HEALTHY,
			0, 0);

	static final SummaryView UNKNOWN = new SummaryView("—", -1, -1, -1, -1, -1, -1, -1, -1, Health.UNKNOWN,
			Health.UNKNOWN, -1, -1);

	@Test
	void etcdUnknownIsNotCalledHealthy() {
		ClusterFacts facts = facts(live("prod"), Availability.ok(), NOW);
		FleetView tile = FleetAnalyzer.tile(facts, FleetAnalyzer.basis(facts, FINE, List.of(), List.of()), List.of(),
				List.of(), NOW, STALENESS);
		assertThat(tile.etcd()).isEqualTo(Health.UNKNOWN);
		assertThat(tile.state()).isEqualTo("unknown");
	}

	@Test
	void nothingReadYetIsLoadingAndUnknownNotHealthy() {
		FleetView tile = tile(ClusterFacts.loading(live("new"), NOW), UNKNOWN, List.of(), List.of());
		assertThat(tile.read().state()).isEqualTo("loading");
		assertThat(tile.read().readable()).isFalse();
		assertThat(tile.state()).isEqualTo("unknown");
		assertThat(tile.nodesShown()).isEqualTo("—");
		assertThat(tile.version()).isEmpty();
	}

	@Test
	void oneFailureOfEveryKindIsTheClustersAndNamedWithItsReason() {
		ClusterFacts facts = facts(live("gone"), Availability.unreachable("unreachable: connection refused"), NOW);
		FleetView tile = tile(facts, UNKNOWN, List.of(), List.of());
		assertThat(tile.read().state()).isEqualTo("unreachable");
		assertThat(tile.read().reason()).isEqualTo("unreachable: connection refused");
		assertThat(tile.state()).isEqualTo("unreadable");
	}

	@Test
	void aFewForbiddenKindsLeaveTheClusterReadable() {
		Map<FactKind<?>, KindFacts<?>> kinds = kinds(Availability.ok(), NOW);
		kinds.put(FactKind.SECRETS, new KindFacts<>(FactKind.SECRETS,
				Availability.forbidden("list", "secrets", "forbidden: list secrets"), List.of(), null));
		FleetView tile = tile(new ClusterFacts(live("prod"), 3, NOW, kinds, Optional.empty(), Availability.ok(),
				List.of()), FINE, List.of(), List.of());
		assertThat(tile.read().readable()).isTrue();
		assertThat(tile.read().unavailable()).isEqualTo(1);
		assertThat(tile.state()).isEqualTo("healthy");
	}

	@Test
	void liveDataOlderThanTheStalenessCannotBeTrustedNow() {
		ClusterFacts facts = facts(live("old"), Availability.ok(), NOW.minusSeconds(300));
		FleetView tile = tile(facts, FINE, List.of(), List.of());
		assertThat(tile.read().stale()).isTrue();
		assertThat(tile.state()).isEqualTo("unreadable");
	}

	@Test
	void findingsAndAlertsDecideTheVerdictAndTheTopThree() {
		ClusterFacts facts = facts(live("prod"), Availability.ok(), NOW);
		List<Finding> findings = List.of(Finding.of("a", FindingLevel.CRITICAL, "etcd", "full"),
				Finding.of("b", FindingLevel.WARNING, "node-1", "pressure"),
				Finding.of("c", FindingLevel.UNKNOWN, "apiserver", "not probed"),
				Finding.of("d", FindingLevel.WARNING, "node-2", "pressure"), Finding.of("e", FindingLevel.OK, "dns", "fine"));
		FleetView down = tile(facts, FINE, findings, List.of());
		assertThat(down.state()).isEqualTo("down");
		assertThat(down.findings()).extracting(FleetView.LevelCount::level)
			.containsExactly(FindingLevel.CRITICAL, FindingLevel.WARNING, FindingLevel.UNKNOWN, FindingLevel.OK);
		assertThat(down.count(FindingLevel.WARNING)).isEqualTo(2);
		assertThat(down.top()).extracting(FleetView.TopFinding::subject).containsExactly("etcd", "node-1", "node-2");

		assertThat(tile(facts, FINE, List.of(), List.of("KubeAPIServerDown")).state()).isEqualTo("degraded");
		assertThat(tile(facts, FINE, List.of(Finding.of("e", FindingLevel.OK, "dns", "fine")), List.of()).state())
			.isEqualTo("healthy");
	}

	@Test
	void worstFirstThenBusiestThenByName() {
		ClusterFacts ok = facts(live("x"), Availability.ok(), NOW);
		List<FleetView> tiles = new ArrayList<>(List.of(tile(rename(ok, "b-healthy"), FINE, List.of(), List.of()),
				tile(rename(ok, "a-healthy"), FINE, List.of(), List.of()),
				tile(rename(ok, "quiet-degraded"), FINE, List.of(), List.of("A")),
				tile(rename(ok, "loud-degraded"), FINE, List.of(), List.of("A", "B")),
				tile(facts(live("gone"), Availability.unreachable("refused"), NOW), UNKNOWN, List.of(), List.of()),
				tile(rename(ok, "down"), FINE, List.of(Finding.of("a", FindingLevel.CRITICAL, "etcd", "full")),
						List.of())));
		tiles.sort(FleetAnalyzer.WORST_FIRST);
		assertThat(tiles).extracting(FleetView::cluster)
			.containsExactly("down", "gone", "loud-degraded", "quiet-degraded", "a-healthy", "b-healthy");
	}

	@Test
	void filterByWordsOfTheNameAndByState() {
		FleetView tile = tile(facts(live("Prod-EU"), Availability.ok(), NOW), FINE, List.of(), List.of());
		assertThat(FleetAnalyzer.matches(tile, null, null)).isTrue();
		assertThat(FleetAnalyzer.matches(tile, " prod-eu ", "")).isTrue();
		assertThat(FleetAnalyzer.matches(tile, "us", null)).isFalse();
		assertThat(FleetAnalyzer.matches(tile, "prod", "healthy")).isTrue();
		assertThat(FleetAnalyzer.matches(tile, "prod", "down")).isFalse();
	}

	private static FleetView tile(ClusterFacts facts, SummaryView summary, List<Finding> findings, List<String> firing) {
		Health etcd = summary == FINE ? Health.HEALTHY : Health.UNKNOWN;
		List<ComponentView> controlPlane = List.of(new ComponentView("etcd", "2379/2380", "", "", "", "", "", List.of(),
				List.of(), List.of(), "", etcd, "", "", ""));
		return FleetAnalyzer.tile(facts, FleetAnalyzer.basis(facts, summary, controlPlane, findings), firing,
				List.of(), NOW, STALENESS);
	}

	private static ClusterIdentity live(String name) {
		return new ClusterIdentity(name, SourceType.LIVE, "https://" + name);
	}

	private static ClusterFacts facts(ClusterIdentity cluster, Availability availability, Instant synced) {
		return new ClusterFacts(cluster, 2, synced, kinds(availability, synced), Optional.empty(), availability,
				List.of());
	}

	private static ClusterFacts rename(ClusterFacts facts, String name) {
		return new ClusterFacts(live(name), facts.version(), facts.observedAt(), facts.kinds(), facts.serverVersion(),
				facts.versionAvailability(), facts.problems());
	}

	private static Map<FactKind<?>, KindFacts<?>> kinds(Availability availability, Instant synced) {
		Map<FactKind<?>, KindFacts<?>> kinds = new HashMap<>();
		for (FactKind<?> kind : FactKind.ALL) {
			kinds.put(kind, kindFacts(kind, availability, synced));
		}
		return kinds;
	}

	private static <T> KindFacts<T> kindFacts(FactKind<T> kind, Availability availability, Instant synced) {
		return new KindFacts<>(kind, availability, List.of(), availability.hasData() ? synced : null);
	}

}
