package dev.kubeprint.etcd;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
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
		List<Joined> rows = join(facts);
		Map<Long, String> names = facts.members()
			.stream()
			.collect(Collectors.toMap(EtcdMemberFact::id, (m) -> name(m), (a, b) -> a));
		// Without a member list every endpoint is taken for a voter; with one, an endpoint no member claims
		// (another cluster, a typo) does not count towards quorum.
		boolean listed = !facts.members().isEmpty();
		List<Joined> voters = rows.stream()
			.filter((r) -> listed ? r.member() != null && !r.member().learner() : true)
			.toList();
		int voting = facts.members().isEmpty() ? rows.size()
				: (int) facts.members().stream().filter((m) -> !m.learner()).count();
		int healthy = (int) voters.stream().filter(Joined::answered).count();
		int quorumSize = voting / 2 + 1;
		long leaderId = leaderId(voters);
		boolean hasLeader = leaderId != 0 && healthy >= quorumSize;
		String leader = hasLeader ? names.getOrDefault(leaderId, Long.toHexString(leaderId)) : "";

		List<MemberRow> memberRows = rows.stream().map((r) -> row(r, leaderId, hasLeader)).toList();
		List<String> alarms = facts.alarms()
			.stream()
			.map((a) -> alarm(a, names.getOrDefault(a.memberId(), Long.toHexString(a.memberId()))))
			.toList();
		String alarmsNote = facts.alarmsProblem().isEmpty() ? "" : text("etcd-panel.alarm.unknown",
				facts.alarmsProblem());
		Database database = database(facts, rows, configuredQuotaBytes);
		List<Latency> latencies = latencies(rows, facts);

		String quorum;
		EtcdHealth health;
		if (!facts.availability().hasData()) {
			quorum = text("etcd-panel.quorum.unreachable", facts.availability().reason());
			health = EtcdHealth.UNKNOWN;
		}
		else if (healthy < quorumSize) {
			quorum = text("etcd-panel.quorum.lost", voting, healthy, quorumSize);
			health = EtcdHealth.DOWN;
		}
		else if (!hasLeader) {
			quorum = text("etcd-panel.quorum.electing", voting, healthy, quorumSize);
			health = EtcdHealth.DOWN;
		}
		else {
			quorum = text("etcd-panel.quorum.holds", voting, healthy, quorumSize);
			health = (facts.alarms().isEmpty()) ? worst(memberRows, database, latencies) : EtcdHealth.DOWN;
		}
		long learners = facts.members().stream().filter(EtcdMemberFact::learner).count();
		if (learners > 0 && facts.availability().hasData()) {
			quorum = quorum + "; " + text("etcd-panel.learners", learners);
		}
		return new EtcdView(health, quorum, hasLeader, leader, voting, healthy, quorumSize, memberRows, alarms,
				alarmsNote, database, latencies, leaderChanges(facts), facts.availability(), facts.observedAt());
	}

	/** A member, the configured endpoint that reaches it, and its metrics; any of them may be missing. */
	private record Joined(EtcdMemberFact member, EtcdEndpointFact endpoint, EtcdMetricsFact metrics) {

		boolean answered() {
			return endpoint != null && endpoint.answered();
		}

		EtcdStatusFact status() {
			return answered() ? endpoint.status() : null;
		}

		Long memberId() {
			if (member != null) {
				return member.id();
			}
			return answered() ? endpoint.status().memberId() : null;
		}

	}

	/**
	 * Endpoints are joined with members by the id the member answered with, else by the client URL the member
	 * list gives, so that a dead member still gets its endpoint and its reason.
	 */
	private static List<Joined> join(EtcdFacts facts) {
		List<Joined> rows = new ArrayList<>();
		Set<EtcdEndpointFact> used = new HashSet<>();
		for (EtcdMemberFact member : facts.members()) {
			EtcdEndpointFact endpoint = facts.endpoints()
				.stream()
				.filter((e) -> !used.contains(e))
				.filter((e) -> e.answered() && e.status().memberId() == member.id())
				.findFirst()
				.or(() -> facts.endpoints()
					.stream()
					.filter((e) -> !used.contains(e))
					.filter((e) -> member.clientUrls().stream().anyMatch((u) -> sameAddress(u, e.endpoint())))
					.findFirst())
				.orElse(null);
			if (endpoint != null) {
				used.add(endpoint);
			}
			rows.add(new Joined(member, endpoint, metrics(facts, member.id())));
		}
		for (EtcdEndpointFact endpoint : facts.endpoints()) {
			if (!used.contains(endpoint)) {
				Long id = endpoint.answered() ? endpoint.status().memberId() : null;
				rows.add(new Joined(null, endpoint, (id != null) ? metrics(facts, id) : null));
			}
		}
		return rows;
	}

	private static EtcdMetricsFact metrics(EtcdFacts facts, long memberId) {
		return facts.metrics()
			.stream()
			.filter((m) -> m.memberId() != null && m.memberId() == memberId)
			.findFirst()
			.orElse(null);
	}

	private static boolean sameAddress(String a, String b) {
		try {
			URI x = URI.create(a);
			URI y = URI.create(b);
			return Objects.equals(x.getHost(), y.getHost()) && x.getPort() == y.getPort();
		}
		catch (IllegalArgumentException ex) {
			return a.equals(b);
		}
	}

	/** The leader most answering members follow; members of a minority may still name an old one. */
	private static long leaderId(List<Joined> rows) {
		return rows.stream()
			.map(Joined::status)
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

	private MemberRow row(Joined r, long leaderId, boolean hasLeader) {
		String name = (r.member() != null) ? name(r.member()) : text("etcd-panel.member.unknown-endpoint");
		String id = (r.memberId() != null) ? Long.toHexString(r.memberId()) : "";
		String endpoint = (r.endpoint() != null) ? r.endpoint().endpoint()
				: r.member().clientUrls().stream().findFirst().orElse("");
		boolean learner = (r.member() != null) ? r.member().learner() : r.answered() && r.status().learner();
		if (r.endpoint() == null) {
			return new MemberRow(name, id, endpoint, EtcdHealth.UNKNOWN, text("etcd-panel.member.not-configured"),
					false, learner, "", null, "", null, "", null, "", null, null, null, List.of());
		}
		if (!r.answered()) {
			return new MemberRow(name, id, endpoint, EtcdHealth.DOWN,
					text("etcd-panel.member.unreachable", r.endpoint().problem()), false, learner, "", null, "",
					null, "", null, "", null, null, null, List.of());
		}
		EtcdStatusFact status = r.status();
		List<String> problems = new ArrayList<>();
		if (!r.endpoint().healthy()) {
			problems.add((status.leaderId() == 0) ? text("etcd-panel.member.no-leader")
					: text("etcd-panel.member.read-failed", r.endpoint().healthProblem()));
		}
		if (r.metrics() != null && Boolean.FALSE.equals(r.metrics().hasLeader())) {
			problems.add(text("etcd-panel.member.metrics-no-leader"));
		}
		if (!status.errors().isEmpty()) {
			problems.add(text("etcd-panel.member.errors", String.join(", ", status.errors())));
		}
		EtcdHealth health = problems.isEmpty() ? EtcdHealth.HEALTHY : EtcdHealth.DEGRADED;
		String state = problems.isEmpty() ? text("etcd-panel.member.healthy") : String.join("; ", problems);
		Double fragmentation = fragmentation(status.dbSize(), status.dbSizeInUse());
		return new MemberRow(name, id, endpoint, health, state, hasLeader && status.memberId() == leaderId, learner,
				status.version(), status.dbSize(), Units.bytes(status.dbSize()), status.dbSizeInUse(),
				Units.bytes(status.dbSizeInUse()), fragmentation,
				(fragmentation != null) ? text("etcd-panel.member.fragmentation", Units.percent(fragmentation)) : "",
				status.raftTerm(), status.raftIndex(), status.raftAppliedIndex(), status.errors());
	}

	private String name(EtcdMemberFact member) {
		return member.name().isEmpty() ? text("etcd-panel.member.unnamed") : member.name();
	}

	private String alarm(EtcdAlarmFact alarm, String member) {
		return switch (alarm.type()) {
			case NOSPACE -> text("etcd-panel.alarm.nospace", member);
			case CORRUPT -> text("etcd-panel.alarm.corrupt", member);
		};
	}

	private Database database(EtcdFacts facts, List<Joined> rows, Long configuredQuotaBytes) {
		Optional<EtcdStatusFact> largest = rows.stream()
			.map(Joined::status)
			.filter(Objects::nonNull)
			.max(Comparator.comparingLong(EtcdStatusFact::dbSize));
		Long size = largest.map(EtcdStatusFact::dbSize).orElse(null);
		Long inUse = largest.map(EtcdStatusFact::dbSizeInUse).orElse(null);
		if (size == null) {
			Optional<EtcdMetricsFact> scraped = facts.metrics()
				.stream()
				.filter((m) -> m.scraped() && m.dbTotalBytes() != null)
				.max(Comparator.comparingDouble(EtcdMetricsFact::dbTotalBytes));
			size = scraped.map((m) -> m.dbTotalBytes().longValue()).orElse(null);
			inUse = scraped.map(EtcdMetricsFact::dbInUseBytes).map(Double::longValue).orElse(null);
		}
		Optional<Double> fromMetrics = facts.metrics()
			.stream()
			.filter((m) -> m.scraped() && m.quotaBytes() != null && m.quotaBytes() > 0)
			.map(EtcdMetricsFact::quotaBytes)
			.findFirst();
		long quota;
		String source;
		if (fromMetrics.isPresent()) {
			quota = fromMetrics.get().longValue();
			source = text("etcd-panel.db.quota.metrics");
		}
		else if (configuredQuotaBytes != null && configuredQuotaBytes > 0) {
			quota = configuredQuotaBytes;
			source = text("etcd-panel.db.quota.configured");
		}
		else {
			quota = DEFAULT_QUOTA_BYTES;
			source = text("etcd-panel.db.quota.default");
		}
		boolean nospace = facts.alarms().stream().anyMatch((a) -> a.type() == EtcdAlarmFact.Type.NOSPACE);
		List<String> notes = new ArrayList<>();
		Double fraction = (size != null) ? (double) size / quota : null;
		EtcdLevel level;
		if (nospace) {
			level = EtcdLevel.CRITICAL;
			notes.add(text("etcd-panel.db.nospace"));
		}
		else if (fraction == null) {
			level = EtcdLevel.UNKNOWN;
		}
		else if (fraction > DATABASE_WARNING_FRACTION) {
			level = EtcdLevel.WARNING;
			notes.add(text("etcd-panel.db.above-warning"));
		}
		else {
			level = EtcdLevel.OK;
		}
		Double fragmentation = (size != null && inUse != null) ? fragmentation(size, inUse) : null;
		if (fragmentation != null) {
			notes.add(text("etcd-panel.db.in-use", Units.bytes(inUse), Units.percent(fragmentation)));
		}
		if (quota > SUGGESTED_MAX_QUOTA_BYTES) {
			notes.add(text("etcd-panel.db.quota-above-suggested", Units.bytes(quota)));
		}
		String sizeText = (size != null)
				? text("etcd-panel.db.size", Units.bytes(size), Units.bytes(quota), Units.percent(fraction * 100))
				: text("etcd-panel.db.no-size");
		return new Database(size, quota, source, fraction, level, sizeText, notes);
	}

	private List<Latency> latencies(List<Joined> rows, EtcdFacts facts) {
		List<Latency> latencies = new ArrayList<>();
		Set<EtcdMetricsFact> shown = new HashSet<>();
		for (Joined row : rows) {
			if (row.metrics() == null) {
				continue;
			}
			shown.add(row.metrics());
			String member = (row.member() != null) ? name(row.member()) : row.endpoint().endpoint();
			latencies.add(latency(member, row.metrics(), row.metrics().walFsyncP99Seconds(), "etcd-panel.latency.fsync",
					"etcd-panel.latency.fsync.threshold", FSYNC_WARNING_SECONDS, FSYNC_CRITICAL_SECONDS));
			latencies.add(latency(member, row.metrics(), row.metrics().backendCommitP99Seconds(),
					"etcd-panel.latency.commit", "etcd-panel.latency.commit.threshold", COMMIT_WARNING_SECONDS,
					Double.POSITIVE_INFINITY));
		}
		for (EtcdMetricsFact metrics : facts.metrics()) {
			if (!shown.contains(metrics)) {
				latencies.add(latency(metrics.url(), metrics, metrics.walFsyncP99Seconds(), "etcd-panel.latency.fsync",
						"etcd-panel.latency.fsync.threshold", FSYNC_WARNING_SECONDS, FSYNC_CRITICAL_SECONDS));
				latencies.add(latency(metrics.url(), metrics, metrics.backendCommitP99Seconds(),
						"etcd-panel.latency.commit", "etcd-panel.latency.commit.threshold", COMMIT_WARNING_SECONDS,
						Double.POSITIVE_INFINITY));
			}
		}
		return latencies;
	}

	private Latency latency(String member, EtcdMetricsFact metrics, Double seconds, String metricCode,
			String thresholdCode, double warning, double critical) {
		String metric = text(metricCode);
		String threshold = text(thresholdCode);
		if (!metrics.scraped()) {
			return new Latency(member, metric, null, EtcdLevel.UNKNOWN,
					text("etcd-panel.latency.unreadable", metrics.problem()), threshold);
		}
		if (seconds == null) {
			return new Latency(member, metric, null, EtcdLevel.UNKNOWN,
					text(metrics.hasInterval() ? "etcd-panel.latency.none" : "etcd-panel.latency.first"), threshold);
		}
		EtcdLevel level = (seconds > critical) ? EtcdLevel.CRITICAL
				: (seconds > warning) ? EtcdLevel.WARNING : EtcdLevel.OK;
		return new Latency(member, metric, seconds, level, text("etcd-panel.latency.value", Units.duration(seconds)),
				threshold);
	}

	private String leaderChanges(EtcdFacts facts) {
		List<EtcdMetricsFact> scraped = facts.metrics()
			.stream()
			.filter((m) -> m.scraped() && m.leaderChanges() != null)
			.toList();
		if (scraped.isEmpty()) {
			return text("etcd-panel.leader-changes.unknown");
		}
		long total = scraped.stream().mapToLong((m) -> m.leaderChanges().longValue()).max().orElse(0);
		Optional<Long> since = scraped.stream()
			.map(EtcdMetricsFact::leaderChangesSinceLastScrape)
			.filter(Objects::nonNull)
			.map(Double::longValue)
			.max(Long::compare);
		return since.map((s) -> text("etcd-panel.leader-changes", total, s))
			.orElseGet(() -> text("etcd-panel.leader-changes.first", total));
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
