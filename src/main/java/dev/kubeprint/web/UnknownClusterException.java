package dev.kubeprint.web;

/** A URL names a cluster that is not configured. */
public class UnknownClusterException extends RuntimeException {

	private final String cluster;

	public UnknownClusterException(String cluster) {
		super("No cluster named '" + cluster + "' is configured");
		this.cluster = cluster;
	}

	public String cluster() {
		return cluster;
	}

}
