package dev.kubeprint.etcd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.etcd.EtcdView.Latency;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.etcd.EtcdView.MemberRow;

import static org.assertj.core.api.Assertions.assertThat;

class EtcdAnalyzerTests {

	private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

	private static final long MIB = 1024 * 1024;

	private static final long GIB = 1024 * MIB;

	private final EtcdAnalyzer analyzer = new EtcdAnalyzer(Texts.of(Locale.ENGLISH));

	@Test
	void threeHealthyMembersHoldQuorumUnderOneLeader() {
		EtcdView view = analyzer.analyze(cluster(3, 3, 1).build(), null);
		assertThat(view.health()).isEqualTo(EtcdHealth.HEALTHY);
		assertThat(view.quorum()).isEqualTo("3 members, 3 healthy, quorum holds (needs 2)");
		assertThat(view.leader()).isEqualTo("cp-1");
		assertThat(view.members()).extracting(MemberRow::name, MemberRow::leader, MemberRow::state)
			.containsExactly(tuple("cp-1", true, "healthy"), tuple("cp-2", false, "healthy"),
					tuple("cp-3", false, "healthy"));
		MemberRow first = view.members().get(0);
		assertThat(first.id()).isEqualTo("1");
		assertThat(first.endpoint()).isEqualTo("https://10.0.0.11:2379");
		assertThat(first.dbSize()).isEqualTo("100 MiB");
		assertThat(first.dbSizeInUse()).isEqualTo("75 MiB");
		assertThat(first.fragmentationPercent()).isEqualTo(25.0);
		assertThat(first.fragmentation()).isEqualTo("25% free pages");
		assertThat(view.alarms()).isEmpty();
		assertThat(view.leaderChanges()).isEqualTo("leader changes unknown: no metrics URL configured or readable");
	}

	@Test
	void quorumWordsAtEachBoundary() {
		assertThat(analyzer.analyze(cluster(3, 2, 1).build(), null).quorum())
			.isEqualTo("3 members, 2 healthy, quorum holds (needs 2)");
		assertThat(analyzer.analyze(cluster(5, 3, 1).build(), null).quorum())
			.isEqualTo("5 members, 3 healthy, quorum holds (needs 3)");
		EtcdView lost = analyzer.analyze(cluster(5, 2, 1).build(), null);
		assertThat(lost.quorum()).isEqualTo("NO LEADER: 2 of 5 members healthy, quorum needs 3");
		assertThat(lost.hasLeader()).isFalse();
		assertThat(lost.leader()).isEmpty();
		assertThat(lost.health()).isEqualTo(EtcdHealth.DOWN);
		EtcdView oneOfThree = analyzer.analyze(cluster(3, 1, 0).build(), null);
		assertThat(oneOfThree.quorum()).isEqualTo("NO LEADER: 1 of 3 members healthy, quorum needs 2");
		assertThat(oneOfThree.members().get(0).state()).isEqualTo("answers, but knows no leader");
		assertThat(oneOfThree.members().get(1).state()).isEqualTo("etcd at https://10.0.0.12:2379 did not answer within 3 s");
	}

	@Test
	void aMemberDownLeavesTheClusterDegradedWithTheReasonOnItsRow() {
		EtcdView view = analyzer.analyze(cluster(3, 2, 1).build(), null);
		assertThat(view.health()).isEqualTo(EtcdHealth.DEGRADED);
		MemberRow down = view.members().get(2);
		assertThat(down.name()).isEqualTo("cp-3");
		assertThat(down.health()).isEqualTo(EtcdHealth.DOWN);
		assertThat(down.state()).isEqualTo("etcd at https://10.0.0.13:2379 did not answer within 3 s");
		assertThat(down.dbSizeBytes()).isNull();
	}

	@Test
	void allMembersUpButNoLeaderIsNoLeader() {
		EtcdView view = analyzer.analyze(cluster(3, 3, 0).build(), null);
		assertThat(view.health()).isEqualTo(EtcdHealth.DOWN);
		assertThat(view.quorum()).startsWith("NO LEADER: 3 of 3 members healthy, quorum needs 2; no member reports a leader");
	}

	@Test
	void learnersDoNotCountForQuorum() {
		Facts facts = cluster(3, 3, 1);
		facts.members.set(2, new EtcdMemberFact(3, "cp-3", List.of(), List.of("https://10.0.0.13:2379"), true));
		EtcdView view = analyzer.analyze(facts.build(), null);
		assertThat(view.quorum()).isEqualTo("2 members, 2 healthy, quorum holds (needs 2); 1 learner(s) do not vote");
		assertThat(view.members().get(2).learner()).isTrue();
	}

	@Test
	void anEndpointNoMemberClaimsDoesNotCountTowardsQuorum() {
		Facts facts = cluster(3, 1, 1);
		facts.endpoints.add(new EtcdEndpointFact("https://10.9.9.9:2379", new EtcdStatusFact(99, "3.5.12", MIB, MIB,
				99, 2, 5, 5, false, List.of()), "", true, ""));
		EtcdView view = analyzer.analyze(facts.build(), null);
		assertThat(view.quorum()).isEqualTo("NO LEADER: 1 of 3 members healthy, quorum needs 2");
		assertThat(view.members()).last().satisfies((r) -> {
			assertThat(r.name()).isEqualTo("(no member known)");
			assertThat(r.id()).isEqualTo("63");
		});
	}

	@Test
	void nothingReachableIsUnknownWithTheReasons() {
		String reason = "etcd at https://10.0.0.11:2379 did not answer within 3 s";
		EtcdFacts facts = new EtcdFacts(List.of(),
				List.of(new EtcdEndpointFact("https://10.0.0.11:2379", null, reason, false, "")), List.of(), "x",
				List.of(), AT, Availability.unreachable(reason));
		EtcdView view = analyzer.analyze(facts, null);
		assertThat(view.health()).isEqualTo(EtcdHealth.UNKNOWN);
		assertThat(view.quorum()).isEqualTo("etcd cannot be read: " + reason);
		assertThat(view.members()).singleElement().satisfies((r) -> {
			assertThat(r.name()).isEqualTo("(no member known)");
			assertThat(r.health()).isEqualTo(EtcdHealth.DOWN);
		});
	}

	@Test
	void alarmsInWordsMakeTheClusterDown() {
		Facts facts = cluster(3, 3, 1);
		facts.alarms.add(new EtcdAlarmFact(2, EtcdAlarmFact.Type.NOSPACE));
		facts.alarms.add(new EtcdAlarmFact(3, EtcdAlarmFact.Type.CORRUPT));
		EtcdView view = analyzer.analyze(facts.build(), null);
		assertThat(view.health()).isEqualTo(EtcdHealth.DOWN);
		assertThat(view.alarms()).containsExactly(
				"NOSPACE on cp-2: the database reached its quota, etcd refuses writes until it is compacted, defragmented and the alarm disarmed",
				"CORRUPT on cp-3: this member's data differs from the others'");
		assertThat(view.database().level()).isEqualTo(EtcdLevel.CRITICAL);
		assertThat(view.database().notes()).contains("NOSPACE raised: etcd refuses writes");
	}

	@Test
	void alarmsThatCouldNotBeReadSaySo() {
		Facts facts = cluster(3, 3, 1);
		facts.alarmsProblem = "the alarm list from https://10.0.0.11:2379 did not answer within 3 s";
		assertThat(analyzer.analyze(facts.build(), null).alarmsNote())
			.isEqualTo("alarms unknown: the alarm list from https://10.0.0.11:2379 did not answer within 3 s");
	}

	@Test
	void databaseWarnsAboveEightyPercentOfTheQuotaAndNotAtIt() {
		// 8 MiB of a configured 10 MiB is exactly 0.8: the rule is "> 0.8"
		EtcdView at = analyzer.analyze(cluster(3, 3, 1).dbSize(8 * MIB, 8 * MIB).build(), 10 * MIB);
		assertThat(at.database().fraction()).isEqualTo(0.8);
		assertThat(at.database().level()).isEqualTo(EtcdLevel.OK);
		assertThat(at.database().text()).isEqualTo("8 MiB of 10 MiB (80%)");
		assertThat(at.database().quotaSource()).isEqualTo("quota as configured");
		assertThat(at.health()).isEqualTo(EtcdHealth.HEALTHY);

		EtcdView above = analyzer.analyze(cluster(3, 3, 1).dbSize(8 * MIB + 1, 8 * MIB).build(), 10 * MIB);
		assertThat(above.database().level()).isEqualTo(EtcdLevel.WARNING);
		assertThat(above.database().notes()).first().asString().startsWith("above 80% of the quota (EtcdDatabaseSizeHigh)");
		assertThat(above.health()).isEqualTo(EtcdHealth.DEGRADED);
	}

	@Test
	void quotaComesFromMetricsThenConfigurationThenEtcdsDefault() {
		EtcdView byDefault = analyzer.analyze(cluster(3, 3, 1).build(), null);
		assertThat(byDefault.database().quotaBytes()).isEqualTo(2 * GIB);
		assertThat(byDefault.database().quotaSource()).startsWith("quota is etcd's default of 2 GiB");
		assertThat(byDefault.database().text()).isEqualTo("100 MiB of 2 GiB (4.9%)");
		assertThat(byDefault.database().notes()).containsExactly("75 MiB in use; 25% of the file is free pages a defragmentation would return");

		Facts withMetrics = cluster(3, 3, 1);
		withMetrics.metrics.add(metrics(1, 0.001, 0.001).quota(8.0 * GIB).build());
		EtcdView fromMetrics = analyzer.analyze(withMetrics.build(), 4 * GIB);
		assertThat(fromMetrics.database().quotaBytes()).isEqualTo(8 * GIB);
		assertThat(fromMetrics.database().quotaSource()).isEqualTo("quota from etcd_server_quota_backend_bytes");
		assertThat(fromMetrics.database().notes()).noneMatch((n) -> n.contains("suggested maximum"));

		EtcdView aboveSuggested = analyzer.analyze(cluster(3, 3, 1).build(), 8 * GIB + 1);
		assertThat(aboveSuggested.database().notes()).contains("the quota of 8 GiB is above the suggested maximum of 8 GiB");
	}

	@Test
	void walFsyncP99AgainstTheMixinThresholds() {
		assertThat(fsyncLevel(0.5)).isEqualTo(EtcdLevel.OK);
		assertThat(fsyncLevel(0.5001)).isEqualTo(EtcdLevel.WARNING);
		assertThat(fsyncLevel(1.0)).isEqualTo(EtcdLevel.WARNING);
		assertThat(fsyncLevel(1.0001)).isEqualTo(EtcdLevel.CRITICAL);
	}

	@Test
	void backendCommitP99AgainstTheMixinThreshold() {
		assertThat(commitLatency(0.25).level()).isEqualTo(EtcdLevel.OK);
		assertThat(commitLatency(0.2501).level()).isEqualTo(EtcdLevel.WARNING);
		assertThat(commitLatency(5).level()).isEqualTo(EtcdLevel.WARNING);
		assertThat(commitLatency(0.012).text()).isEqualTo("12 ms");
		assertThat(commitLatency(0.012).threshold()).isEqualTo("warning above 0.25 s");
	}

	@Test
	void slowDisksDegradeAHealthyCluster() {
		Facts facts = cluster(3, 3, 1);
		facts.metrics.add(metrics(2, 1.5, 0.01).build());
		EtcdView view = analyzer.analyze(facts.build(), null);
		assertThat(view.health()).isEqualTo(EtcdHealth.DEGRADED);
		assertThat(view.latencies()).first().satisfies((l) -> {
			assertThat(l.member()).isEqualTo("cp-2");
			assertThat(l.metric()).isEqualTo("WAL fsync p99");
			assertThat(l.text()).isEqualTo("1.5 s");
			assertThat(l.threshold()).isEqualTo("warning above 0.5 s, critical above 1 s");
		});
	}

	@Test
	void latenciesSayWhyTheyAreMissing() {
		Facts facts = cluster(3, 3, 1);
		facts.metrics.add(new EtcdMetricsFact("http://10.0.0.11:2381/metrics", "", false, 1L, true, 3.0, null,
				null, null, null, null, null, "true"));
		facts.metrics.add(new EtcdMetricsFact("http://10.0.0.12:2381/metrics", "", true, 2L, true, 3.0, 0.0, null,
				null, null, null, null, "true"));
		facts.metrics.add(EtcdMetricsFact.failed("http://10.0.0.13:2381/metrics",
				"etcd metrics at http://10.0.0.13:2381/metrics is unreachable: Connection refused"));
		EtcdView view = analyzer.analyze(facts.build(), null);
		assertThat(view.latencies()).extracting(Latency::member, Latency::text)
			.containsExactly(tuple("cp-1", "known from the second scrape on"),
					tuple("cp-1", "known from the second scrape on"),
					tuple("cp-2", "no observations since the previous scrape"),
					tuple("cp-2", "no observations since the previous scrape"),
					tuple("http://10.0.0.13:2381/metrics",
							"metrics not read: etcd metrics at http://10.0.0.13:2381/metrics is unreachable: Connection refused"),
					tuple("http://10.0.0.13:2381/metrics",
							"metrics not read: etcd metrics at http://10.0.0.13:2381/metrics is unreachable: Connection refused"));
		assertThat(view.latencies()).allSatisfy((l) -> assertThat(l.level()).isEqualTo(EtcdLevel.UNKNOWN));
		assertThat(view.leaderChanges()).isEqualTo("3 leader changes seen since the member started, 0 since the previous scrape");
	}

	@Test
	void aMemberWhoseMetricsSeeNoLeaderIsDegraded() {
		Facts facts = cluster(3, 3, 1);
		facts.metrics.add(new EtcdMetricsFact("http://10.0.0.13:2381/metrics", "", true, 3L, false, 7.0, 2.0, null,
				null, null, 0.001, 0.001, "false"));
		EtcdView view = analyzer.analyze(facts.build(), null);
		assertThat(view.members().get(2).health()).isEqualTo(EtcdHealth.DEGRADED);
		assertThat(view.members().get(2).state())
			.isEqualTo("etcd_server_has_leader is 0: this member sees no leader");
		assertThat(view.leaderChanges()).isEqualTo("7 leader changes seen since the member started, 2 since the previous scrape");
	}

	@Test
	void anEndpointIsJoinedToItsMemberByClientUrlWhenItDoesNotAnswer() {
		Facts facts = cluster(3, 2, 1);
		// configured in another order than the member list
		facts.endpoints.add(0, facts.endpoints.remove(2));
		EtcdView view = analyzer.analyze(facts.build(), null);
		assertThat(view.members()).extracting(MemberRow::name, MemberRow::endpoint)
			.containsExactly(tuple("cp-1", "https://10.0.0.11:2379"), tuple("cp-2", "https://10.0.0.12:2379"),
					tuple("cp-3", "https://10.0.0.13:2379"));
	}

	@Test
	void noFragmentationWithoutADatabase() {
		assertThat(EtcdAnalyzer.fragmentation(0, 0)).isNull();
	}

	private EtcdLevel fsyncLevel(double seconds) {
		Facts facts = cluster(3, 3, 1);
		facts.metrics.add(metrics(1, seconds, 0.001).build());
		return analyzer.analyze(facts.build(), null).latencies().get(0).level();
	}

	private Latency commitLatency(double seconds) {
		Facts facts = cluster(3, 3, 1);
		facts.metrics.add(metrics(1, 0.001, seconds).build());
		return analyzer.analyze(facts.build(), null).latencies().get(1);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	/**
	 * Members cp-1..cp-n with ids 1..n at https://10.0.0.1x:2379; the first {@code answering} answer, following
	 * {@code leader} (0 for none), and read through raft when there is a leader.
	 */
	private static Facts cluster(int size, int answering, long leader) {
		Facts facts = new Facts();
		for (int i = 1; i <= size; i++) {
			String endpoint = "https://10.0.0.1" + i + ":2379";
			facts.members.add(new EtcdMemberFact(i, "cp-" + i, List.of("https://10.0.0.1" + i + ":2380"),
					List.of(endpoint), false));
			if (i <= answering) {
				facts.endpoints.add(new EtcdEndpointFact(endpoint, new EtcdStatusFact(i, "3.5.12", 100 * MIB, 75 * MIB,
						leader, 7, 1000 + i, 1000 + i, false, List.of()), "", leader != 0,
						(leader != 0) ? "" : "a read through " + endpoint + " did not answer within 3 s"));
			}
			else {
				facts.endpoints.add(new EtcdEndpointFact(endpoint, null,
						"etcd at " + endpoint + " did not answer within 3 s", false, ""));
			}
		}
		return facts;
	}

	private static MetricsBuilder metrics(long memberId, double fsync, double commit) {
		return new MetricsBuilder(memberId, fsync, commit);
	}

	private static final class MetricsBuilder {

		private final long memberId;

		private final double fsync;

		private final double commit;

		private Double quota;

		MetricsBuilder(long memberId, double fsync, double commit) {
			this.memberId = memberId;
			this.fsync = fsync;
			this.commit = commit;
		}

		MetricsBuilder quota(double bytes) {
			this.quota = bytes;
			return this;
		}

		EtcdMetricsFact build() {
			return new EtcdMetricsFact("http://10.0.0.1" + memberId + ":2381/metrics", "", true, memberId, true, 1.0,
					0.0, quota, null, null, fsync, commit, "true");
		}

	}

	private static final class Facts {

		final List<EtcdMemberFact> members = new ArrayList<>();

		final List<EtcdEndpointFact> endpoints = new ArrayList<>();

		final List<EtcdAlarmFact> alarms = new ArrayList<>();

		final List<EtcdMetricsFact> metrics = new ArrayList<>();

		String alarmsProblem = "";

		Facts dbSize(long size, long inUse) {
			endpoints.replaceAll((e) -> e.answered() ? new EtcdEndpointFact(e.endpoint(),
					new EtcdStatusFact(e.status().memberId(), e.status().version(), size, inUse, e.status().leaderId(),
							e.status().raftTerm(), e.status().raftIndex(), e.status().raftAppliedIndex(), false,
							List.of()),
					"", e.healthy(), e.healthProblem()) : e);
			return this;
		}

		EtcdFacts build() {
			boolean any = endpoints.stream().anyMatch(EtcdEndpointFact::answered);
			return new EtcdFacts(members, endpoints, alarms, alarmsProblem, metrics, AT,
					any ? Availability.ok() : Availability.unreachable("none answered"));
		}

	}

}
