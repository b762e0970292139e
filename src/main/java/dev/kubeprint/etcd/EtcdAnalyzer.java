package dev.kubeprint.etcd;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.etcd.EtcdView.Database;
import dev.kubeprint.etcd.EtcdView.Latency;
import dev.kubeprint.etcd.EtcdView.MemberRow;

/**
 * What an SRE needs to know about etcd, from one poll: does quorum hold and who leads, which member is down
 * and why, is an alarm raised, how close the database is to its quota, and whether the disks keep up. Pure:
 * no I/O, no Spring, no clock; texts come from the message lookup it is given.
 */
public final class EtcdAnalyzer {

	/** etcd's --quota-backend-bytes default. */
	public static final long DEFAULT_QUOTA_BYTES = 2L * 1024 * 1024 * 1024;

	/** etcd's documentation suggests no quota above 8 GiB. */
	public static final long SUGGESTED_MAX_QUOTA_BYTES = 8L * 1024 * 1024 * 1024;

	/** The reference's EtcdDatabaseSizeHigh: db size / quota &gt; 0.8. */
	public static final double DATABASE_WARNING_FRACTION = 0.8;

	/** The etcd mixin's etcdHighFsyncDurations: p99 above 0.5 s warns, above 1 s is critical. */
	public static final double FSYNC_WARNING_SECONDS = 0.5;

	public static final double FSYNC_CRITICAL_SECONDS = 1.0;

	/** The etcd mixin's etcdHighCommitDurations: p99 above 0.25 s warns. */
	public static final double COMMIT_WARNING_SECONDS = 0.25;

	private final Texts texts;

	public EtcdAnalyzer(Texts texts) {
		this.texts = texts;
	}

	/**
	 * @param configuredQuotaBytes the quota from configuration, used when no member's metrics give it; may be
	 * null
	 */
	public EtcdView analyze(EtcdFacts facts, Long configuredQuotaBytes) {
		EtcdMemberRows members = new EtcdMemberRows(texts);
		List<JoinedMember> rows = JoinedMember.join(facts);
		Map<Long, String> names = facts.members()
			.stream()
			.collect(Collectors.toMap(EtcdMemberFact::id, members::name, (a, b) -> a));
		EtcdQuorum quorum = EtcdQuorum.of(facts, rows, names);
		List<MemberRow> memberRows = rows.stream().map((r) -> members.row(r, quorum)).toList();
		EtcdAlarms alarms = new EtcdAlarms(texts);
		Database database = new EtcdDatabase(texts).assess(facts, rows, configuredQuotaBytes);
		EtcdLatencies latencies = new EtcdLatencies(texts, members);
		List<Latency> measured = latencies.measure(rows, facts);
		EtcdHealth health = health(facts, quorum, memberRows, database, measured);
		return new EtcdView(health, quorumText(facts, quorum), quorum.hasLeader(), quorum.leader(), quorum.voting(),
				quorum.healthy(), quorum.size(), memberRows, alarms.describe(facts, names), alarms.note(facts),
				database, measured, latencies.leaderChanges(facts), facts.availability(), facts.observedAt());
	}

	/** Quorum and leadership decide first; with both, any alarm is DOWN, any other problem DEGRADED. */
	private static EtcdHealth health(EtcdFacts facts, EtcdQuorum quorum, List<MemberRow> rows, Database database,
			List<Latency> latencies) {
		if (!facts.availability().hasData()) {
			return EtcdHealth.UNKNOWN;
		}
		if (!quorum.holds() || !quorum.hasLeader()) {
			return EtcdHealth.DOWN;
		}
		return facts.alarms().isEmpty() ? worst(rows, database, latencies) : EtcdHealth.DOWN;
	}

	private String quorumText(EtcdFacts facts, EtcdQuorum quorum) {
		if (!facts.availability().hasData()) {
			return text("etcd-panel.quorum.unreachable", facts.availability().reason());
		}
		String code = !quorum.holds() ? "etcd-panel.quorum.lost"
				: !quorum.hasLeader() ? "etcd-panel.quorum.electing" : "etcd-panel.quorum.holds";
		String words = text(code, quorum.voting(), quorum.healthy(), quorum.size());
		long learners = facts.members().stream().filter(EtcdMemberFact::learner).count();
		return learners > 0 ? words + "; " + text("etcd-panel.learners", learners) : words;
	}

	private static EtcdHealth worst(List<MemberRow> rows, Database database, List<Latency> latencies) {
		boolean memberProblem = rows.stream()
			.anyMatch((r) -> r.health() == EtcdHealth.DOWN || r.health() == EtcdHealth.DEGRADED);
		boolean slow = latencies.stream().anyMatch((l) -> alerting(l.level()));
		return (memberProblem || slow || alerting(database.level())) ? EtcdHealth.DEGRADED : EtcdHealth.HEALTHY;
	}

	private static boolean alerting(EtcdLevel level) {
		return level == EtcdLevel.WARNING || level == EtcdLevel.CRITICAL;
	}

	/** Share of the backend file that is free pages, in percent; null for an empty or odd status. */
	static Double fragmentation(long size, long inUse) {
		if (size <= 0 || inUse < 0 || inUse > size) {
			return null;
		}
		return (size - inUse) * 100.0 / size;
	}

	private String text(String code, Object... args) {
		return texts.get(code, args);
	}

}
