package dev.kubeprint.etcd;

import java.time.Instant;
import java.util.List;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.i18n.Units;

/**
 * The etcd panel: everything it shows, already in words. Numbers are kept beside their text for JSON and
 * for sorting; a number the cluster did not give is null and its text says why.
 *
 * @param health the panel's colour
 * @param quorum the headline, e.g. "3 members, 2 healthy, quorum holds (needs 2)" or
 * "NO LEADER: 1 of 3 members healthy, quorum needs 2"
 * @param hasLeader a leader is known and a quorum of members answers
 * @param leader the leader's name, empty without one
 * @param votingMembers members that vote (learners excluded)
 * @param healthyMembers voting members that answered
 * @param quorumSize how many voting members a quorum needs
 * @param members one row per member, in member-list order, then configured endpoints no member claims
 * @param alarms raised alarms in words; empty when none or unknown, see {@code alarmsNote}
 * @param alarmsNote why alarms are unknown; empty when they were read
 * @param database database size against the quota
 * @param latencies WAL fsync and backend commit p99 per member with metrics
 * @param leaderChanges leader changes in words; says why when unknown
 * @param availability whether etcd could be read at all, with the reason in words when not
 * @param observedAt when the poll started
 */
public record EtcdView(EtcdHealth health, String quorum, boolean hasLeader, String leader, int votingMembers,
		int healthyMembers, int quorumSize, List<MemberRow> members, List<String> alarms, String alarmsNote,
		Database database, List<Latency> latencies, String leaderChanges, Availability availability,
		Instant observedAt) {

	public EtcdView {
		members = List.copyOf(members);
		alarms = List.copyOf(alarms);
		latencies = List.copyOf(latencies);
	}

	/**
	 * One member.
	 * @param id the member id in hex as etcdctl shows it; empty for an endpoint no member claims
	 * @param state why the row has its colour, e.g. "did not answer within 3 s"
	 * @param fragmentationPercent share of the allocated file that is free pages; null without a status
	 */
	public record MemberRow(String name, String id, String endpoint, EtcdHealth health, String state,
			boolean leader, boolean learner, String version, Long dbSizeBytes, String dbSize,
			Long dbSizeInUseBytes, String dbSizeInUse, Double fragmentationPercent, String fragmentation,
			Long raftTerm, Long raftIndex, Long raftAppliedIndex, List<String> errors) {

		public MemberRow {
			errors = List.copyOf(errors);
		}

		/** "term / index", as etcdctl endpoint status prints them. */
		public String raftShown() {
			return raftTerm == null ? Units.UNKNOWN : raftTerm + " / " + raftIndex;
		}

	}

	/**
	 * @param sizeBytes the largest member's backend file; null when no member answered
	 * @param quotaBytes the quota in force
	 * @param quotaSource where the quota comes from, in words
	 * @param fraction size divided by quota; null without a size
	 * @param level WARNING above 0.8 as the reference's EtcdDatabaseSizeHigh rule, CRITICAL with NOSPACE
	 * @param text e.g. "1.7 GiB of 2 GiB (85%)"
	 * @param notes further remarks: fragmentation, a quota above the suggested 8 GiB
	 */
	public record Database(Long sizeBytes, long quotaBytes, String quotaSource, Double fraction, EtcdLevel level,
			String text, List<String> notes) {

		public Database {
			notes = List.copyOf(notes);
		}

	}

	/**
	 * @param member the member's name
	 * @param metric e.g. "WAL fsync p99"
	 * @param seconds null when there were no observations over the last interval
	 * @param level against the etcd mixin's thresholds
	 * @param text e.g. "12 ms" or "no fsyncs since the last scrape"
	 * @param threshold the thresholds in words, e.g. "warning above 0.5 s, critical above 1 s"
	 */
	public record Latency(String member, String metric, Double seconds, EtcdLevel level, String text,
			String threshold) {
	}

}
