package dev.kubeprint.reference;

/**
 * How a control-plane component stays available, which decides what "healthy" means
 * for it: every replica serving, a Raft quorum, or exactly one lease holder.
 */
public enum HaMode {

	ACTIVE_ACTIVE, RAFT, LEADER_ELECTION

}
