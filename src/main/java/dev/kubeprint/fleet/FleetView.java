package dev.kubeprint.fleet;

import java.time.Instant;
import java.util.List;

import dev.kubeprint.cluster.facts.KindListing;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Units;

/**
 * One cluster's tile on the fleet page: what an SRE needs to decide which cluster to open first.
 *
 * @param cluster the cluster's name, as in its URL
 * @param source live, snapshot or demo
 * @param state the tile's verdict, worst first by {@link #rank()}: down, unreadable, degraded, unknown, healthy
 * @param controlPlane the control-plane components rolled up
 * @param etcd etcd as the control-plane table sees it
 * @param workers the node agents rolled up
 * @param firing the alerts firing now, by name
 * @param pending the alerts pending now, by name
 * @param findings how many findings of each level, worst first, levels with none left out
 * @param top the worst findings that need a person, at most three
 * @param version the API server's version; "" when not known
 * @param nodes -1 when not known
 * @param readyNodes -1 when not known
 * @param pods -1 when not known
 * @param read whether the data could be read, and if not, why
 * @param observedAt what moment the data describes
 */
public record FleetView(String cluster, String source, String state, Health controlPlane, Health etcd,
		Health workers, List<String> firing, List<String> pending, List<LevelCount> findings,
		List<TopFinding> top, String version, int nodes, int readyNodes, int pods, Readability read,
		Instant observedAt) {

	static final List<String> STATES = List.of("down", "unreadable", "degraded", "unknown", "healthy");

	public FleetView {
		firing = List.copyOf(firing);
		pending = List.copyOf(pending);
		findings = List.copyOf(findings);
		top = List.copyOf(top);
	}

	/** Lower sorts first: the order of {@link #STATES}. */
	public int rank() {
		return STATES.indexOf(state);
	}

	public String nodesShown() {
		return nodes < 0 ? Units.UNKNOWN : readyNodes + "/" + nodes;
	}

	public String podsShown() {
		return Units.countOrUnknown(pods);
	}

	public int count(FindingLevel level) {
		return findings.stream().filter((c) -> c.level() == level).mapToInt(LevelCount::count).sum();
	}

	public record LevelCount(FindingLevel level, int count) {
	}

	public record TopFinding(FindingLevel level, String check, String subject, String summary) {
	}

	/**
	 * @param state "ok", "loading", "unreachable", "forbidden", "stale" … as the kinds' availability names it
	 * @param reason in the source's words; "" when readable
	 * @param unavailable how many kinds of fact could not be read although the source should have them
	 * @param captureUnknown a snapshot none of whose objects holds a timestamp: its age is not known
	 * @param listing the lists under way, as the cluster's status shows them
	 */
	public record Readability(String state, String reason, int unavailable, boolean stale, boolean captureUnknown,
			List<KindListing> listing) {

		public Readability {
			listing = List.copyOf(listing);
		}

		public boolean readable() {
			return "ok".equals(state);
		}

	}

}
