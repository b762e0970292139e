package dev.kubeprint.alerts;

/**
 * Where a rule stands, as Prometheus says it, plus UNKNOWN: a rule whose inputs cannot be read is not inactive,
 * it is unknown, and says why.
 */
public enum AlertState {

	INACTIVE, PENDING, FIRING, RESOLVED, UNKNOWN;

	public String label() {
		return name().toLowerCase();
	}

	public String cssClass() {
		return "alert-" + label();
	}

	/** The condition holds: waiting out {@code for:} or past it. */
	public boolean active() {
		return this == PENDING || this == FIRING;
	}

}
