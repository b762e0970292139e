package dev.kubeprint.cluster.facts;

/**
 * An alarm raised in the cluster. While NOSPACE is raised etcd refuses writes; CORRUPT means a member's data
 * differs from the others'.
 *
 * @param memberId the member that raised it
 */
public record EtcdAlarmFact(long memberId, Type type) {

	public enum Type {

		NOSPACE, CORRUPT

	}

}
