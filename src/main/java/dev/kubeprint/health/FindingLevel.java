package dev.kubeprint.health;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much a finding needs a person. {@code UNKNOWN} is a level of its own: facts that cannot decide are never
 * counted as fine.
 */
public enum FindingLevel {

	OK, INFO, WARNING, CRITICAL, UNKNOWN;

	/** As JSON, metric labels and CSS name it: "ok", "critical" … */
	@JsonValue
	public String label() {
		return name().toLowerCase();
	}

	public String cssClass() {
		return "level-" + label();
	}

	/**
	 * Worst first: critical, warning, then unknown (someone should find out), then info and ok. Lower sorts
	 * first.
	 */
	public int worstFirst() {
		return switch (this) {
			case CRITICAL -> 0;
			case WARNING -> 1;
			case UNKNOWN -> 2;
			case INFO -> 3;
			case OK -> 4;
		};
	}

	/** Whether it asks a person to act or find out. */
	public boolean needsAttention() {
		return this == CRITICAL || this == WARNING || this == UNKNOWN;
	}

	/** The colour it shares with the component boxes. */
	public Health health() {
		return switch (this) {
			case CRITICAL -> Health.DOWN;
			case WARNING -> Health.DEGRADED;
			case UNKNOWN -> Health.UNKNOWN;
			case INFO, OK -> Health.HEALTHY;
		};
	}

}
