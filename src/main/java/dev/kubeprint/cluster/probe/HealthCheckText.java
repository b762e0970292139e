package dev.kubeprint.cluster.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.HealthChecks;
import dev.kubeprint.cluster.facts.HealthChecks.Check;

/**
 * Reads the body of {@code /readyz?verbose}, {@code /livez?verbose} or {@code /healthz}, as the server answers
 * it live or as a support bundle captured it.
 */
public final class HealthCheckText {

	private static final Pattern CHECK = Pattern.compile("\\[([+-])](\\S+)\\s*(.*)");

	private static final Pattern VERDICT = Pattern.compile("(\\w+) check (passed|failed)");

	/** At most this many characters of a body that is not a check list are kept, for the reason shown. */
	static final int MAX_UNPARSED = 200;

	private HealthCheckText() {
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

}
