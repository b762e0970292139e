package dev.kubeprint.cluster.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code /readyz?verbose} or {@code /livez?verbose} says: one line per check, then the verdict.
 * The server answers 200 when all pass and 500 when one fails, with the same shape of body either way.
 *
 * @param endpoint "readyz", "livez" or "healthz", from the verdict line
 * @param passed the verdict ("readyz check passed"); a body that is just "ok" passes
 * @param verdict the verdict line as the server wrote it, or the whole body when it has no checks
 */
public record HealthChecks(String endpoint, boolean passed, String verdict, List<Check> checks) {

	private static final Pattern CHECK = Pattern.compile("\\[([+-])](\\S+)\\s*(.*)");

	private static final Pattern VERDICT = Pattern.compile("(\\w+) check (passed|failed)");

	/** At most this many characters of a body that is not a check list are kept, for the reason shown. */
	static final int MAX_UNPARSED = 200;

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

	public static HealthChecks parse(String body) {
		List<Check> checks = new ArrayList<>();
		String endpoint = "";
		String verdict = null;
		Boolean passed = null;
		for (String raw : body.split("\\R")) {
			String line = raw.strip();
			Matcher check = CHECK.matcher(line);
			Matcher overall = VERDICT.matcher(line);
			if (check.matches()) {
				checks.add(new Check(check.group(2), "+".equals(check.group(1)), check.group(3).strip()));
			}
			else if (overall.matches()) {
				endpoint = overall.group(1);
				passed = "passed".equals(overall.group(2));
				verdict = line;
			}
		}
		if (passed == null) {
			String text = body.strip();
			passed = checks.isEmpty() ? "ok".equals(text) : checks.stream().allMatch(Check::ok);
			verdict = text.length() > MAX_UNPARSED ? text.substring(0, MAX_UNPARSED) + "…" : text;
		}
		return new HealthChecks(endpoint, passed, verdict, checks);
	}

	public List<Check> failed() {
		return checks.stream().filter((c) -> !c.ok()).toList();
	}

}
