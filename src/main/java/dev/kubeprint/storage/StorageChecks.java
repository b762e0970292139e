package dev.kubeprint.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.findings.ReadAt;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;

/**
 * The storage page's broken links as findings, one per link, with the chain they break. What could not be read
 * is one unknown per kind; "no broken link" is said only when every kind the chains need was read.
 */
final class StorageChecks {

	static final String PAGE = "storage";

	static final String PANEL = "storage-broken";

	List<Finding> check(ClusterFacts facts, Texts t, StorageView view) {
		Instant at = ReadAt.of(facts);
		List<Finding> findings = new ArrayList<>();
		for (StorageView.BrokenLinkView b : view.broken()) {
			FindingLevel level = level(b.health());
			if (level == null) {
				continue;
			}
			String where = b.chain().isEmpty() ? t.get("storage.finding.source", b.object())
					: t.get("storage.finding.source.chain", b.object(), b.chain());
			findings.add(Finding.of("storage." + b.kind(), level, b.object(), b.reason())
				.evidence(new Evidence(b.reason(), where, at))
				.command(b.command())
				.panel(PAGE, PANEL));
		}
		for (String unread : view.unavailable()) {
			findings.add(Finding.of("storage.unread", FindingLevel.UNKNOWN, unread,
					t.get("storage.finding.unread", unread))
				.evidence(new Evidence(unread, t.get("storage.finding.source.availability"), at))
				.panel(PAGE, "storage-summary"));
		}
		if (view.brokenPanel().provablyNone()) {
			findings.add(Finding.of("storage.broken-links", FindingLevel.OK, t.get("storage.finding.chains"),
					t.get("storage.finding.none", view.summary().claims(), view.summary().volumes()))
				.evidence(new Evidence(t.get("storage.finding.none", view.summary().claims(), view.summary().volumes()),
						t.get("storage.finding.source.all"), at))
				.panel(PAGE, PANEL));
		}
		return findings;
	}

	/** A link's colour as a level; a link that does not apply says nothing. */
	static FindingLevel level(Health health) {
		return switch (health) {
			case DOWN -> FindingLevel.CRITICAL;
			case DEGRADED -> FindingLevel.WARNING;
			case UNKNOWN -> FindingLevel.UNKNOWN;
			case HEALTHY -> FindingLevel.OK;
			case NOT_APPLICABLE -> null;
		};
	}

}
