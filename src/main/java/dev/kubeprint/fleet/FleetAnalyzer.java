package dev.kubeprint.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kubeprint.architecture.ArchitectureView.SummaryView;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindListing;
import dev.kubeprint.fleet.FleetView.LevelCount;
import dev.kubeprint.fleet.FleetView.Readability;
import dev.kubeprint.fleet.FleetView.TopFinding;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.Health;

/**
 * A cluster's tile from what its pages already computed: the overview's headline numbers, the control-plane
 * table, the findings, the alert states. In two steps, so that the part that only changes with the facts is
 * computed once per facts version and the part that moves with time (alerts, staleness) on each request.
 */
public final class FleetAnalyzer {

	static final int TOP = 3;

	/** Worst first, then the busiest with alerts and critical findings, then by name so the order is stable. */
	public static final Comparator<FleetView> WORST_FIRST = Comparator.comparingInt(FleetView::rank)
		.thenComparing((FleetView t) -> -t.firing().size())
		.thenComparing((FleetView t) -> -t.count(FindingLevel.CRITICAL))
		.thenComparing((FleetView t) -> -t.count(FindingLevel.WARNING))
		.thenComparing(FleetView::cluster);

	private FleetAnalyzer() {
	}

	/** What changes only with the facts. */
	public record Basis(String cluster, String source, Health controlPlane, Health etcd, Health workers,
			List<LevelCount> findings, List<TopFinding> top, String version, int nodes, int readyNodes, int pods,
			Readability read, Instant observedAt) {
	}

	public static Basis basis(ClusterFacts facts, SummaryView summary, List<ComponentView> controlPlane,
			List<Finding> findings) {
		Health etcd = controlPlane.stream()
			.filter((c) -> "etcd".equals(c.id()))
			.map(ComponentView::health)
			.findFirst()
			.orElse(Health.UNKNOWN);
		Map<FindingLevel, Long> byLevel = findings.stream()
			.collect(Collectors.groupingBy(Finding::level, Collectors.counting()));
		List<LevelCount> counts = Arrays.stream(FindingLevel.values())
			.sorted(Comparator.comparingInt(FindingLevel::worstFirst))
			.filter(byLevel::containsKey)
			.map((l) -> new LevelCount(l, byLevel.get(l).intValue()))
			.toList();
		List<TopFinding> top = findings.stream()
			.filter((f) -> f.level().needsAttention())
			.sorted(Comparator.comparingInt((Finding f) -> f.level().worstFirst()))
			.limit(TOP)
			.map((f) -> new TopFinding(f.level(), f.check(), f.subject(), f.summary()))
			.toList();
		String version = facts.serverVersion().map((v) -> v.gitVersion()).orElse("");
		return new Basis(facts.cluster().name(), facts.cluster().type().name().toLowerCase(Locale.ROOT),
				summary.controlPlane(), etcd, summary.workers(), counts, top, version, summary.nodes(),
				summary.readyNodes(), summary.pods(), readability(facts), facts.observedAt());
	}

	/**
	 * The cluster cannot be read when one failure explains at least half of the kinds (all refused, server
	 * unreachable), as the status bar says; a few forbidden kinds leave it readable with those named on its pages.
	 */
	static Readability readability(ClusterFacts facts) {
		List<Availability> failing = FactKind.ALL.stream()
			.map(facts::availability)
			.filter((a) -> !a.isOk() && !a.absentByNature())
			.toList();
		boolean captureUnknown = !facts.cluster().live() && facts.capturedAt().isEmpty();
		List<KindListing> listing = KindListing.of(facts);
		if (!failing.isEmpty() && failing.stream().allMatch((a) -> a.state() == Availability.State.LOADING)) {
			return new Readability("loading", "", failing.size(), false, captureUnknown, listing);
		}
		List<Availability> failed = failing.stream().filter((a) -> a.state() != Availability.State.LOADING).toList();
		Map<String, List<Availability>> byReason = failed.stream()
			.collect(Collectors.groupingBy((a) -> a.state() + " " + a.reason()));
		return byReason.values()
			.stream()
			.filter((same) -> same.size() * 2 >= FactKind.ALL.size())
			.max(Comparator.comparingInt(List::size))
			.map((same) -> new Readability(same.get(0).state().cssClass(), same.get(0).reason(), failing.size(), false,
					captureUnknown, listing))
			.orElse(new Readability("ok", "", failing.size(), false, captureUnknown, listing));
	}

	/** The tile at {@code now}, with the alerts as they stand. */
	public static FleetView tile(ClusterFacts facts, Basis basis, List<String> firing, List<String> pending,
			Instant now, Duration staleness) {
		boolean stale = facts.stale(now, staleness);
		Readability read = basis.read();
		Readability shown = new Readability(read.state(), read.reason(), read.unavailable(), stale,
				read.captureUnknown(), read.listing());
		return new FleetView(basis.cluster(), basis.source(), state(basis, shown, firing), basis.controlPlane(),
				basis.etcd(), basis.workers(), firing, pending, basis.findings(), basis.top(), basis.version(),
				basis.nodes(), basis.readyNodes(), basis.pods(), shown, basis.observedAt());
	}

	private static String state(Basis basis, Readability read, List<String> firing) {
		Health worst = basis.controlPlane().worse(basis.etcd()).worse(basis.workers());
		worst = basis.findings().stream().map((c) -> c.level().health()).reduce(worst, Health::worse);
		if (!firing.isEmpty()) {
			worst = worst.worse(Health.DEGRADED);
		}
		if (worst == Health.DOWN) {
			return "down";
		}
		if ((!read.readable() && !"loading".equals(read.state())) || read.stale()) {
			return "unreadable";
		}
		return switch (worst) {
			case DEGRADED -> "degraded";
			case UNKNOWN -> "unknown";
			default -> "loading".equals(read.state()) ? "unknown" : "healthy";
		};
	}

	/** Whether a tile answers a filter: words of its name, and a state when one is chosen. */
	public static boolean matches(FleetView tile, String text, String state) {
		boolean named = text == null || text.isBlank()
				|| tile.cluster().toLowerCase(Locale.ROOT).contains(text.trim().toLowerCase(Locale.ROOT));
		return named && (state == null || state.isBlank() || state.equals(tile.state()));
	}

}
