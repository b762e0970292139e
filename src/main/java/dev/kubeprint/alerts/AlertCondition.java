package dev.kubeprint.alerts;

/** Whether a rule's expression holds now. UNKNOWN when its inputs cannot be had: never read as false. */
public enum AlertCondition {

	TRUE, FALSE, UNKNOWN;

	public String label() {
		return name().toLowerCase();
	}

}
