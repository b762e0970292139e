package dev.kubeprint.reference;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Prometheus alert rule. {@code forDuration} is the rule's {@code for:} (a Prometheus
 * duration such as "5m"), renamed because {@code for} is a Java keyword.
 */
public record AlertRuleReference(String alert, String expr, @JsonProperty("for") String forDuration, String severity,
		LocalizedText summary) {

	public AlertRuleReference {
		Objects.requireNonNull(alert, "alert name is required");
		Objects.requireNonNull(expr, () -> "expr is required for alert " + alert);
		Objects.requireNonNull(forDuration, () -> "for is required for alert " + alert);
		Objects.requireNonNull(severity, () -> "severity is required for alert " + alert);
		Objects.requireNonNull(summary, () -> "summary is required for alert " + alert);
	}

}
