package dev.kubeprint.etcd;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdStatusFact;

/**
 * Whether quorum holds and who leads.
 *
 * @param voting members that vote (learners do not)
 * @param healthy voters that answered
 * @param size how many voters quorum needs
 * @param leaderId the leader most answering voters follow, 0 for none
 * @param hasLeader a leader is named and quorum holds
 * @param leader the leader's name, empty without one
 */
record EtcdQuorum(int voting, int healthy, int size, long leaderId, boolean hasLeader, String leader) {

	static EtcdQuorum of(EtcdFacts facts, List<JoinedMember> rows, Map<Long, String> names) {
		// Without a member list every endpoint is taken for a voter; with one, an endpoint no member claims
		// (another cluster, a typo) does not count towards quorum.
		boolean listed = !facts.members().isEmpty();
		List<JoinedMember> voters = rows.stream()
			.filter((r) -> listed ? r.member() != null && !r.member().learner() : true)
			.toList();
		int voting = facts.members().isEmpty() ? rows.size()
				: (int) facts.members().stream().filter((m) -> !m.learner()).count();
		int healthy = (int) voters.stream().filter(JoinedMember::answered).count();
		int size = voting / 2 + 1;
		long leaderId = leaderId(voters);
		boolean hasLeader = leaderId != 0 && healthy >= size;
		String leader = hasLeader ? names.getOrDefault(leaderId, Long.toHexString(leaderId)) : "";
		return new EtcdQuorum(voting, healthy, size, leaderId, hasLeader, leader);
	}

	boolean holds() {
		return healthy >= size;
	}

	/** The leader most answering members follow; members of a minority may still name an old one. */
	private static long leaderId(List<JoinedMember> rows) {
		return rows.stream()
			.map(JoinedMember::status)
			.filter(Objects::nonNull)
			.map(EtcdStatusFact::leaderId)
			.filter((id) -> id != 0)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.orElse(0L);
	}

}
