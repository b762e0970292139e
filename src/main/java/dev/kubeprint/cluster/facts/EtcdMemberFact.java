package dev.kubeprint.cluster.facts;

import java.util.List;

/**
 * A member as the member list says: what the cluster thinks it is made of, whether or not it answers.
 *
 * @param id the member id, shown as etcdctl does in hex
 * @param name empty for a member added but not yet started
 * @param learner a learner does not vote and does not count for quorum
 */
public record EtcdMemberFact(long id, String name, List<String> peerUrls, List<String> clientUrls, boolean learner) {

	public EtcdMemberFact {
		name = (name != null) ? name : "";
		peerUrls = List.copyOf(peerUrls);
		clientUrls = List.copyOf(clientUrls);
	}

	public String hexId() {
		return Long.toHexString(id);
	}

}
