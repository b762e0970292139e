package dev.kubeprint.reference;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Prometheus alert rule. {@code forDuration} is the rule's {@code for:} (a Prometheus
 * duration such as "5m"), renamed because {@code for} is a Java keyword.
 *
 * @param threshold the rule's condition and {@code for:} in words, as the alerts page shows it; null when not given
 * @param mixin kubernetes-mixin's closest rule where its threshold differs; null when the mixin has none
 */
public record AlertRuleReference(String alert, String expr, @JsonProperty("for") String forDuration, String severity,
		LocalizedText summary, LocalizedText threshold, MixinRule mixin) {

	private static final Pattern DURATION = Pattern.compile("(\\d+)([smh])");

	public AlertRuleReference {
		Objects.requireNonNull(alert, "alert name is required");
		Objects.requireNonNull(expr, () -> "expr is required for alert " + alert);
		Objects.requireNonNull(forDuration, () -> "for is required for alert " + alert);
		Objects.requireNonNull(severity, () -> "severity is required for alert " + alert);
		Objects.requireNonNull(summary, () -> "summary is required for alert " + alert);
		parse(forDuration, alert);
	}

	/** The {@code for:} as a duration: how long the condition must hold before the alert fires. */
	public Duration forLength() {
		return parse(forDuration, alert);
	}

	/** Prometheus durations as the reference writes them: one number and one unit ("30s", "5m", "1h"). */
	static Duration parse(String duration, String alert) {
		Matcher matcher = DURATION.matcher(duration.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("for: " + duration + " of alert " + alert + " is not like 30s, 5m or 1h");
		}
		long amount = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
			case "s" -> Duration.ofSeconds(amount);
			case "m" -> Duration.ofMinutes(amount);
			default -> Duration.ofHours(amount);
		};
	}

	/**
	 * The kubernetes-mixin rule (as kube-prometheus ships it) that watches the same thing.
	 *
	 * @param alert its name, e.g. KubeAPIDown
	 * @param threshold its condition and {@code for:} in words
	 * @param runbook the prometheus-operator runbook for it
	 */
	public record MixinRule(String alert, LocalizedText threshold, String runbook) {

		public MixinRule {
			Objects.requireNonNull(alert, "mixin alert name is required");
			Objects.requireNonNull(threshold, () -> "threshold is required for mixin alert " + alert);
			Objects.requireNonNull(runbook, () -> "runbook is required for mixin alert " + alert);
		}

	}

}
