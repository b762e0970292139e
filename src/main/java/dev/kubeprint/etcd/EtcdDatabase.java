package dev.kubeprint.etcd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.etcd.EtcdView.Database;

/** How close the database is to its quota: the largest member's size, the quota and where it comes from. */
final class EtcdDatabase {

	private final Texts texts;

	EtcdDatabase(Texts texts) {
		this.texts = texts;
	}

	/** The backend file's size and the part of it in use; either null when nobody said. */
	private record Size(Long total, Long inUse) {
	}

	/** The quota in bytes and, in words, where it comes from. */
	private record Quota(long bytes, String source) {
	}

	Database assess(EtcdFacts facts, List<JoinedMember> rows, Long configuredQuotaBytes) {
		Size size = size(facts, rows);
		Quota quota = quota(facts, configuredQuotaBytes);
		boolean nospace = facts.alarms().stream().anyMatch((a) -> a.type() == EtcdAlarmFact.Type.NOSPACE);
		List<String> notes = new ArrayList<>();
		Double fraction = (size.total() != null) ? (double) size.total() / quota.bytes() : null;
		EtcdLevel level;
		if (nospace) {
			level = EtcdLevel.CRITICAL;
			notes.add(texts.get("etcd-panel.db.nospace"));
		}
		else if (fraction == null) {
			level = EtcdLevel.UNKNOWN;
		}
		else if (fraction > EtcdAnalyzer.DATABASE_WARNING_FRACTION) {
			level = EtcdLevel.WARNING;
			notes.add(texts.get("etcd-panel.db.above-warning"));
		}
		else {
			level = EtcdLevel.OK;
		}
		Double fragmentation = (size.total() != null && size.inUse() != null)
				? EtcdAnalyzer.fragmentation(size.total(), size.inUse()) : null;
		if (fragmentation != null) {
			notes.add(texts.get("etcd-panel.db.in-use", Units.bytes(size.inUse()), Units.percent(fragmentation)));
		}
		if (quota.bytes() > EtcdAnalyzer.SUGGESTED_MAX_QUOTA_BYTES) {
			notes.add(texts.get("etcd-panel.db.quota-above-suggested", Units.bytes(quota.bytes())));
		}
		String sizeText = (size.total() != null) ? texts.get("etcd-panel.db.size", Units.bytes(size.total()),
				Units.bytes(quota.bytes()), Units.percent(fraction * 100)) : texts.get("etcd-panel.db.no-size");
		return new Database(size.total(), quota.bytes(), quota.source(), fraction, level, sizeText, notes);
	}

	/** The largest member's, from its status; from scraped metrics when no member answered. */
	private static Size size(EtcdFacts facts, List<JoinedMember> rows) {
		Optional<EtcdStatusFact> largest = rows.stream()
			.map(JoinedMember::status)
			.filter(Objects::nonNull)
			.max(Comparator.comparingLong(EtcdStatusFact::dbSize));
		if (largest.isPresent()) {
			return new Size(largest.get().dbSize(), largest.get().dbSizeInUse());
		}
		Optional<EtcdMetricsFact> scraped = facts.metrics()
			.stream()
			.filter((m) -> m.scraped() && m.dbTotalBytes() != null)
			.max(Comparator.comparingDouble(EtcdMetricsFact::dbTotalBytes));
		return new Size(scraped.map((m) -> m.dbTotalBytes().longValue()).orElse(null),
				scraped.map(EtcdMetricsFact::dbInUseBytes).map(Double::longValue).orElse(null));
	}

	/** What a member's metrics say, else what is configured, else etcd's default. */
	private Quota quota(EtcdFacts facts, Long configuredQuotaBytes) {
		Optional<Double> fromMetrics = facts.metrics()
			.stream()
			.filter((m) -> m.scraped() && m.quotaBytes() != null && m.quotaBytes() > 0)
			.map(EtcdMetricsFact::quotaBytes)
			.findFirst();
		if (fromMetrics.isPresent()) {
			return new Quota(fromMetrics.get().longValue(), texts.get("etcd-panel.db.quota.metrics"));
		}
		if (configuredQuotaBytes != null && configuredQuotaBytes > 0) {
			return new Quota(configuredQuotaBytes, texts.get("etcd-panel.db.quota.configured"));
		}
		return new Quota(EtcdAnalyzer.DEFAULT_QUOTA_BYTES, texts.get("etcd-panel.db.quota.default"));
	}

}
