package dev.kubeprint.health;

/** The colour of a box: what an SRE needs to know at a glance. */
public enum Health {

	HEALTHY, DEGRADED, DOWN, UNKNOWN, NOT_APPLICABLE;

	public String cssClass() {
		return "health-" + name().toLowerCase().replace('_', '-');
	}

	/** The worse of two, for rolling many parts up into one box. */
	public Health worse(Health other) {
		return severity() >= other.severity() ? this : other;
	}

	/** Worst first, for every list whose top should be what needs a person: down, degraded, unknown, fine. */
	public int worstFirst() {
		return DOWN.severity() - severity();
	}

	private int severity() {
		return switch (this) {
			case NOT_APPLICABLE -> 0;
			case HEALTHY -> 1;
			case UNKNOWN -> 2;
			case DEGRADED -> 3;
			case DOWN -> 4;
		};
	}

	/** All ready is healthy, none ready is down, anything between is degraded. */
	public static Health ofReady(int ready, int total) {
		if (total == 0) {
			return UNKNOWN;
		}
		if (ready >= total) {
			return HEALTHY;
		}
		return ready == 0 ? DOWN : DEGRADED;
	}

}
