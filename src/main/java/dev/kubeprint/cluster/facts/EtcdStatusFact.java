package dev.kubeprint.cluster.facts;

import java.util.List;

/**
 * What one member says of itself (etcdctl endpoint status).
 *
 * @param memberId the id of the member that answered, from the response header
 * @param dbSize bytes the backend file takes on disk
 * @param dbSizeInUse bytes of it holding live data; the rest is free pages a defrag would return
 * @param leaderId the member this one follows, 0 when it knows of no leader
 * @param errors errors the member reports about itself, e.g. "NOSPACE" alarms raised on it
 */
public record EtcdStatusFact(long memberId, String version, long dbSize, long dbSizeInUse, long leaderId,
		long raftTerm, long raftIndex, long raftAppliedIndex, boolean learner, List<String> errors) {

	public EtcdStatusFact {
		errors = List.copyOf(errors);
	}

}
