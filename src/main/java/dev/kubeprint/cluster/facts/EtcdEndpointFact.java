package dev.kubeprint.cluster.facts;


/**
 * One configured endpoint at one poll.
 *
 * @param endpoint the client URL that was asked
 * @param status what the member said of itself; null when it did not answer
 * @param problem why there is no status, in words ("did not answer within 3 s"); empty with a status
 * @param healthy a linearizable read went through this member, as etcdctl endpoint health checks: it fails
 * without a leader even when the member itself is up
 * @param healthProblem why the read failed; empty when healthy
 */
public record EtcdEndpointFact(String endpoint, EtcdStatusFact status, String problem, boolean healthy,
		String healthProblem) {

	public EtcdEndpointFact {
		problem = (problem != null) ? problem : "";
		healthProblem = (healthProblem != null) ? healthProblem : "";
	}

	public boolean answered() {
		return status != null;
	}

}
