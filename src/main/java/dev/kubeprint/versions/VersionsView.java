package dev.kubeprint.versions;

import java.util.List;
import dev.kubeprint.i18n.Units;

/**
 * The cluster's version, the reference's change table checked against it, and the version-skew policy.
 *
 * @param serverVersion the API server's version, e.g. v1.30.6, from /version or a kube-apiserver image; empty
 * when unknown
 * @param versionBasis where serverVersion was read, or why it is unknown, in words
 */
public record VersionsView(String serverVersion, List<ChangeRow> changes, SkewView skew, String versionBasis) {

	/** The changes panel: the reference's version changes, titled by the version they were checked against. */
	public ChangesPanel changesPanel() {
		return new ChangesPanel(serverVersion, changes, versionBasis);
	}

	public record ChangesPanel(String serverVersion, List<ChangeRow> changes, String versionBasis) {

		public String serverVersionShown() {
			return Units.orUnknown(serverVersion);
		}

	}

	public VersionsView {
		changes = List.copyOf(changes);
	}

	/** The outcome of a check, worst last. */
	public enum Status {

		OK, INFO, NOT_APPLICABLE, UNKNOWN, WARN, FAIL;

		public String cssClass() {
			return "check-" + switch (this) {
				case OK -> "ok";
				case WARN -> "warn";
				case FAIL -> "fail";
				case UNKNOWN -> "unknown";
				default -> "info";
			};
		}

	}

	/**
	 * Where the cluster stands toward a change: on the very release that made it, on an older one, on a newer
	 * one, or unknown because the server version is.
	 */
	public enum Timing {

		APPLIES_NOW, NOT_YET, PASSED, UNKNOWN

	}

	/**
	 * A row of the reference's v1.24–v1.32 table.
	 *
	 * @param applies the change is in this cluster's version (APPLIES_NOW or PASSED), so it already matters here
	 * @param timing where the cluster stands toward the change; timingText says it in words
	 * @param finding what the check found in this cluster
	 * @param note where upstream history differs from the reference's row
	 */
	public record ChangeRow(String version, String change, String impact, String migration, String note,
			boolean applies, String check, Status status, String finding, Timing timing, String timingText) {
	}

	/**
	 * @param rule the policy as it applies to this API server version, in words
	 * @param components each control-plane component instance with its version and verdict
	 * @param offenders every node whose kubelet or kube-proxy is outside the policy, by name
	 * @param kubeletVersions how many nodes run each kubelet version
	 * @param unavailable why the policy cannot be applied (the API server version is unknown); empty when it can
	 * @param nodesUnknown why nothing is known of the nodes (not collected, forbidden, none loaded); empty when
	 * nodes were read, so "no offenders" is said only when nodes were looked at
	 * @param versionBasis where the API server version was read
	 * @param nodeAgents kube-proxy (from nodeInfo) and container runtime versions, counted over the nodes
	 * @param addOns kube-proxy and CoreDNS images against the kubelets and the release's default
	 */
	public record SkewView(String apiServer, String rule, List<SkewRow> components, List<SkewRow> offenders,
			List<VersionCount> kubeletVersions, int allowedOlderMinors, String unavailable, String nodesUnknown,
			String versionBasis, List<AgentCount> nodeAgents, List<AddOnRow> addOns) {

		public SkewView {
			components = List.copyOf(components);
			offenders = List.copyOf(offenders);
			kubeletVersions = List.copyOf(kubeletVersions);
			nodeAgents = List.copyOf(nodeAgents);
			addOns = List.copyOf(addOns);
		}

		/** "Every kubelet is within the policy" holds only when nodes were read and the API server is known. */
		public boolean offendersKnown() {
			return unavailable.isEmpty() && nodesUnknown.isEmpty();
		}

		/** How many are outside the policy; unknown, not 0, when the policy could not be checked. */
		public String offendersShown() {
			return offendersKnown() ? String.valueOf(offenders.size()) : Units.UNKNOWN;
		}

		/**
		 * The rows the panel lists, the furthest behind first: a pool of 5,000 old kubelets would otherwise be 10,000
		 * rows. The count above the table stays the whole number; the JSON twin keeps every row.
		 */
		public List<SkewRow> offendersListed() {
			return offenders.subList(0, Math.min(offenders.size(), OFFENDERS_LISTED));
		}

		public int offendersNotListed() {
			return offenders.size() - offendersListed().size();
		}

		public static final int OFFENDERS_LISTED = 100;

		public String apiServerShown() {
			return Units.orUnknown(apiServer);
		}

	}

	/**
	 * @param minorsBehind how many minor versions older than the API server; negative when newer
	 */
	public record SkewRow(String component, String where, String version, int minorsBehind, Status status,
			String verdict) {
	}

	public record VersionCount(String version, int nodes, int minorsBehind, Status status) {
	}

	/**
	 * @param version as nodeInfo reports it; empty when the node reports none
	 * @param shown the version for a reader: an empty one is "unknown" with why, never ""
	 */
	public record AgentCount(String component, String version, String shown, int nodes, Status status) {
	}

	/**
	 * An add-on whose version is read from its image.
	 *
	 * @param where the DaemonSet, Deployment or pod it was read from
	 * @param verdict against the kubelets (kube-proxy) or the release's default (CoreDNS), with its basis
	 */
	public record AddOnRow(String name, String where, String image, String version, Status status,
			String verdict) {
	}

}
