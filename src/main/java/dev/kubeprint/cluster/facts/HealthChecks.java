package dev.kubeprint.cluster.facts;

import java.util.List;

/**
 * What {@code /readyz?verbose} or {@code /livez?verbose} says: one line per check, then the verdict.
 * The server answers 200 when all pass and 500 when one fails, with the same shape of body either way.
 *
 * @param endpoint "readyz", "livez" or "healthz", from the verdict line
 * @param passed the verdict ("readyz check passed"); a body that is just "ok" passes
 * @param verdict the verdict line as the server wrote it, or the whole body when it has no checks
 */
public record HealthChecks(String endpoint, boolean passed, String verdict, List<Check> checks) {

	public HealthChecks {
		checks = List.copyOf(checks);
	}

	/**
	 * One check.
	 *
	 * @param name e.g. "etcd", "poststarthook/rbac/bootstrap-roles"
	 * @param detail what follows the name: "ok", "excluded: ok", "failed: reason withheld"
	 */
	public record Check(String name, boolean ok, String detail) {

		/**
		 * Why it failed, without the "failed: " the server puts first; kube-apiserver writes "reason
		 * withheld" here and logs the real reason, so the panel must say where to look.
		 */
		public String reason() {
			return detail.startsWith("failed: ") ? detail.substring("failed: ".length()) : detail;
		}

	}

	public List<Check> failed() {
		return checks.stream().filter((c) -> !c.ok()).toList();
	}

}
