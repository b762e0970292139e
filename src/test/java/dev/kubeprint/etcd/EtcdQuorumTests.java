package dev.kubeprint.etcd;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.EtcdFacts;

import static dev.kubeprint.etcd.EtcdFixtures.MIB;
import static dev.kubeprint.etcd.EtcdFixtures.cluster;
import static org.assertj.core.api.Assertions.assertThat;

class EtcdQuorumTests {

	private static EtcdQuorum quorum(EtcdFacts facts) {
		return EtcdQuorum.of(facts, JoinedMember.join(facts), Map.of(1L, "cp-1"));
	}

	@Test
	void twoOfThreeHoldQuorumUnderTheLeaderTheyFollow() {
		EtcdQuorum quorum = quorum(cluster(3, 2, 1, MIB, List.of()));
		assertThat(quorum.holds()).isTrue();
		assertThat(quorum.hasLeader()).isTrue();
		assertThat(quorum.leader()).isEqualTo("cp-1");
		assertThat(quorum).extracting(EtcdQuorum::voting, EtcdQuorum::healthy, EtcdQuorum::size)
			.containsExactly(3, 2, 2);
	}

	@Test
	void oneOfThreeHasNoQuorumAndSoNoLeaderEvenIfItNamesOne() {
		EtcdQuorum quorum = quorum(cluster(3, 1, 1, MIB, List.of()));
		assertThat(quorum.holds()).isFalse();
		assertThat(quorum.hasLeader()).isFalse();
		assertThat(quorum.leader()).isEmpty();
	}

}
