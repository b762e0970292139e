package dev.kubeprint.versions;

import java.util.List;
import dev.kubeprint.i18n.Units;

/**
 * The cluster's version, the reference's change table checked against it, and the version-skew policy.
 *
 * @param serverVersion what /version says, e.g. v1.30.6; empty when unknown
 */
public record VersionsView(String serverVersion, List<ChangeRow> changes, SkewView skew) {

	/** The changes panel: the reference's version changes, titled by the version they were checked against. */
	public ChangesPanel changesPanel() {
		return new ChangesPanel(serverVersion, changes);
	}

	public record ChangesPanel(String serverVersion, List<ChangeRow> changes) {

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
	 * A row of the reference's v1.24–v1.32 table.
	 *
	 * @param applies the change is in this cluster's version, so it already matters here
	 * @param finding what the check found in this cluster
	 * @param note where upstream history differs from the reference's row
	 */
	public record ChangeRow(String version, String change, String impact, String migration, String note,
			boolean applies, String check, Status status, String finding) {
	}

	/**
	 * @param rule the policy as it applies to this API server version, in words
	 * @param components each control-plane component instance with its version and verdict
	 * @param offenders every node whose kubelet or kube-proxy is outside the policy, by name
	 * @param kubeletVersions how many nodes run each kubelet version
	 */
	public record SkewView(String apiServer, String rule, List<SkewRow> components, List<SkewRow> offenders,
			List<VersionCount> kubeletVersions, int allowedOlderMinors, String unavailable) {

		public SkewView {
			components = List.copyOf(components);
			offenders = List.copyOf(offenders);
			kubeletVersions = List.copyOf(kubeletVersions);
		}

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

}
