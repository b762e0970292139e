package dev.kubeprint.cluster.facts;

/**
 * Which cluster facts are about, and how they were obtained.
 *
 * @param name the name in URLs
 * @param type live, an offline snapshot, or the bundled demo
 * @param location where the facts come from, for people: a directory, or a server URL and context
 */
public record ClusterIdentity(String name, SourceType type, String location) {

	/**
	 * Names come from kubeconfig contexts, which may hold '/' (EKS: arn:aws:eks:...:cluster/prod); an encoded
	 * slash in a path is refused by servlet containers, so the few characters a path segment cannot carry
	 * become '-'.
	 */
	public ClusterIdentity {
		name = name.replaceAll("[/\\\\?#%;]", "-");
	}

	public enum SourceType {

		LIVE, SNAPSHOT, DEMO

	}

	public boolean demo() {
		return type == SourceType.DEMO;
	}

	/** Snapshots are captured once; their age is their capture time, not a sign of trouble. */
	public boolean live() {
		return type == SourceType.LIVE;
	}

}
