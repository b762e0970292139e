package dev.kubeprint.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.etcd.EtcdQuota;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;

/**
 * EtcdNoLeader and EtcdDatabaseSizeHigh, from etcd read directly: each member's /metrics where scraped (the very
 * series the rules name), else what the member said of itself in its endpoint status. Like the rules, they look at
 * every member that answers; a member that does not answer has no series and counts for neither.
 */
final class EtcdRules {

	static final String NO_LEADER = "EtcdNoLeader";

	static final String DATABASE = "EtcdDatabaseSizeHigh";

	/** The reference's threshold: more than 80 % of the quota. */
	static final double DATABASE_FRACTION = 0.8;

	private final Texts texts;

	EtcdRules(Texts texts) {
		this.texts = texts;
	}

	private record Reading(String member, double value, boolean fromMetrics) {
	}

	AlertSample noLeader(ClusterFacts facts) {
		Optional<AlertSample> unread = unread(NO_LEADER, facts);
		if (unread.isPresent()) {
			return unread.get();
		}
		EtcdFacts etcd = facts.probes().etcd().orElseThrow();
		List<Reading> readings = new ArrayList<>();
		for (EtcdMetricsFact m : etcd.metrics()) {
			if (m.scraped() && m.hasLeader() != null) {
				readings.add(new Reading(name(etcd, m.memberId(), m.url()), m.hasLeader() ? 1 : 0, true));
			}
		}
		for (EtcdEndpointFact e : etcd.endpoints()) {
			if (!e.answered()) {
				continue;
			}
			String member = name(etcd, e.status().memberId(), e.endpoint());
			if (readings.stream().noneMatch((r) -> r.member().equals(member))) {
				readings.add(new Reading(member, e.status().leaderId() != 0 ? 1 : 0, false));
			}
		}
		if (readings.isEmpty()) {
			return AlertSample.unknown(NO_LEADER, basis(facts, etcd, readings), texts.get("alerts.reason.etcd-no-reading"));
		}
		List<String> without = readings.stream().filter((r) -> r.value() == 0).map(Reading::member).toList();
		String value = without.isEmpty() ? texts.get("alerts.leader.value.all", readings.size())
				: texts.get("alerts.leader.value.none", String.join(", ", without));
		return AlertSample.holds(NO_LEADER, !without.isEmpty(), value, without.isEmpty() ? 1.0 : 0.0,
				basis(facts, etcd, readings));
	}

	AlertSample database(ClusterFacts facts) {
		Optional<AlertSample> unread = unread(DATABASE, facts);
		if (unread.isPresent()) {
			return unread.get();
		}
		EtcdFacts etcd = facts.probes().etcd().orElseThrow();
		List<Reading> sizes = new ArrayList<>();
		Map<String, EtcdQuota> quotas = new HashMap<>();
		for (EtcdMetricsFact m : etcd.metrics()) {
			if (m.scraped() && m.dbTotalBytes() != null) {
				String member = name(etcd, m.memberId(), m.url());
				EtcdQuota quota = EtcdQuota.of(facts, etcd, m.memberId(), member);
				quotas.put(member, quota);
				sizes.add(new Reading(member, m.dbTotalBytes() / quota.bytes(), true));
			}
		}
		for (EtcdEndpointFact e : etcd.endpoints()) {
			if (!e.answered()) {
				continue;
			}
			String member = name(etcd, e.status().memberId(), e.endpoint());
			if (sizes.stream().noneMatch((r) -> r.member().equals(member))) {
				EtcdQuota quota = EtcdQuota.of(facts, etcd, e.status().memberId(), member);
				quotas.put(member, quota);
				sizes.add(new Reading(member, (double) e.status().dbSize() / quota.bytes(), false));
			}
		}
		if (sizes.isEmpty()) {
			return AlertSample.unknown(DATABASE, basis(facts, etcd, sizes), texts.get("alerts.reason.etcd-no-size"));
		}
		Reading worst = sizes.stream().max((a, b) -> Double.compare(a.value(), b.value())).orElseThrow();
		EtcdQuota quota = quotas.get(worst.member());
		String quotaText = switch (quota.basis()) {
			case METRICS -> texts.get("alerts.db.quota.metrics", Units.bytes(quota.bytes()));
			case POD_FLAG -> texts.get("alerts.db.quota.flags", Units.bytes(quota.bytes()));
			case DEFAULT_NO_FLAG, ASSUMED_DEFAULT -> texts.get("alerts.db.quota.default", Units.bytes(quota.bytes()));
		};
		String value = texts.get("alerts.db.value", Units.percent(worst.value() * 100), worst.member(), quotaText);
		return AlertSample.holds(DATABASE, worst.value() > DATABASE_FRACTION, value, worst.value(), basis(facts, etcd, sizes));
	}


	/** Unknown when etcd is not read at all, or when no member answered the last poll. */
	private Optional<AlertSample> unread(String alert, ClusterFacts facts) {
		Optional<EtcdFacts> etcd = facts.probes().etcd();
		if (etcd.isEmpty()) {
			return Optional.of(AlertSample.unknown(alert, texts.get("alerts.basis.etcd-not-read"),
					texts.get("alerts.reason.etcd-not-read", facts.probes().etcdAbsent())));
		}
		if (!etcd.get().availability().hasData()) {
			String basis = texts.get("alerts.basis.etcd", etcd.get().observedAt().toString(), Units.UNKNOWN);
			return Optional.of(AlertSample.unknown(alert, basis,
					texts.get("alerts.reason.etcd-unreachable", etcd.get().availability().reason())));
		}
		return Optional.empty();
	}

	private String basis(ClusterFacts facts, EtcdFacts etcd, List<Reading> readings) {
		List<String> parts = readings.stream()
			.map((r) -> texts.get(r.fromMetrics() ? "alerts.basis.etcd.metrics" : "alerts.basis.etcd.status",
					r.member()))
			.toList();
		String where = parts.isEmpty() ? Units.UNKNOWN : String.join("; ", parts);
		if (facts.probes().captured().isPresent()) {
			return texts.get("alerts.basis.etcd.captured",
					facts.probes().captured().get().at().map(Object::toString).orElse(Units.UNKNOWN), where);
		}
		return texts.get("alerts.basis.etcd", etcd.observedAt().toString(), where);
	}

	/** A member by its name in the member list, else its id, else the URL it was read at. */
	private static String name(EtcdFacts etcd, Long memberId, String url) {
		if (memberId != null) {
			for (EtcdMemberFact member : etcd.members()) {
				if (member.id() == memberId && !member.name().isEmpty()) {
					return member.name();
				}
			}
			return Long.toHexString(memberId);
		}
		return url;
	}

}
