package dev.kubeprint.web;

/**
 * A URL names a cluster that is not configured, or one the reader may not see: both read alike, and the message
 * never repeats the name, so that answers do not tell which clusters exist.
 */
public class UnknownClusterException extends RuntimeException {

	private final String cluster;

	public UnknownClusterException(String cluster) {
		super("No such cluster");
		this.cluster = cluster;
	}

	public String cluster() {
		return cluster;
	}

}
