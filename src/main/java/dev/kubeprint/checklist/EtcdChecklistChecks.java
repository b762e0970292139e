package dev.kubeprint.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.etcd.EtcdQuota;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.reference.ChecklistItemReference;
import dev.kubeprint.reference.ChecklistReference;

/**
 * etcd's two checklist items, member by member: endpoint health (a linearizable read through each) and endpoint
 * status (its database against the quota). Only what etcd itself answered counts; without it, unknown. Pure.
 */
final class EtcdChecklistChecks {

	static final String HEALTH = "checklist.etcd-health";

	static final String SIZE = "checklist.etcd-size";

	private final ChecklistReference reference;

	private final Texts t;

	EtcdChecklistChecks(ChecklistReference reference, Texts texts) {
		this.reference = reference;
		this.t = texts;
	}

	List<Finding> check(ClusterFacts facts) {
		Optional<EtcdFacts> etcd = facts.probes().etcd();
		if (etcd.isEmpty() || etcd.get().endpoints().isEmpty()) {
			String why = etcd.isEmpty() ? facts.probes().etcdAbsent() : etcd.get().availability().reason();
			return List.of(notRead(HEALTH, why, "etcd-quorum"), notRead(SIZE, why, "etcd-database"));
		}
		List<Finding> out = new ArrayList<>();
		Map<Long, String> names = etcd.get().members().stream()
			.collect(Collectors.toMap(EtcdMemberFact::id, EtcdMemberFact::name, (a, b) -> a));
		String source = source(facts);
		for (EtcdEndpointFact e : etcd.get().endpoints()) {
			out.add(health(e, names, source, etcd.get()));
		}
		for (EtcdEndpointFact e : etcd.get().endpoints()) {
			out.add(size(facts, etcd.get(), e, names, source));
		}
		return out;
	}

	private Finding notRead(String check, String why, String panel) {
		return Finding.of(check, FindingLevel.UNKNOWN, "etcd", t.get("checklist.etcd.not-read", why))
			.remedy(t.get("checklist.etcd.enable"))
			.command(reference.item(check).command())
			.panel("etcd", panel);
	}

	private Finding health(EtcdEndpointFact e, Map<Long, String> names, String source, EtcdFacts etcd) {
		ChecklistItemReference item = reference.item(HEALTH);
		String subject = subject(e, names);
		Finding f;
		if (e.healthy()) {
			f = Finding.of(HEALTH, FindingLevel.OK, subject, t.get("checklist.etcd.healthy", e.endpoint()));
		}
		else {
			String why = !e.healthProblem().isEmpty() ? e.healthProblem() : e.problem();
			f = Finding.of(HEALTH, FindingLevel.CRITICAL, subject, t.get("checklist.etcd.unhealthy", e.endpoint(), why))
				.cause(t.get("checklist.etcd.unhealthy.cause"))
				.remedy(t.get("checklist.etcd.unhealthy.remedy"));
		}
		return f.evidence(new Evidence(e.healthy() ? "healthy" : "unhealthy: " + e.healthProblem(), source + " " + e.endpoint(),
				etcd.observedAt()))
			.command(item.commandFor(e.endpoint()))
			.panel("etcd", "etcd-quorum");
	}

	private Finding size(ClusterFacts facts, EtcdFacts etcd, EtcdEndpointFact e, Map<Long, String> names,
			String source) {
		ChecklistItemReference item = reference.item(SIZE);
		String subject = subject(e, names);
		String command = item.commandFor(e.endpoint());
		if (!e.answered()) {
			return Finding.of(SIZE, FindingLevel.UNKNOWN, subject, t.get("checklist.etcd.no-status", e.endpoint(), e.problem()))
				.command(command).panel("etcd", "etcd-database");
		}
		EtcdStatusFact status = e.status();
		Quota quota = quota(facts, etcd, status.memberId(), names.get(status.memberId()));
		double fraction = (double) status.dbSize() / quota.bytes();
		boolean nospace = status.errors().stream().anyMatch((err) -> err.contains("NOSPACE"))
				|| etcd.alarms().stream().anyMatch((a) -> a.type() == EtcdAlarmFact.Type.NOSPACE
						&& a.memberId() == status.memberId());
		FindingLevel level = nospace || fraction >= item.threshold("criticalFraction") ? FindingLevel.CRITICAL
				: fraction > item.threshold("warningFraction") ? FindingLevel.WARNING : FindingLevel.OK;
		String sizes = t.get("checklist.etcd.size", Units.bytes(status.dbSize()), Units.bytes(quota.bytes()),
				Units.percent(fraction * 100));
		Finding f = Finding.of(SIZE, level, subject, nospace ? t.get("checklist.etcd.nospace", sizes) : sizes)
			.evidence(new Evidence(t.get("checklist.etcd.size.evidence", Units.bytes(status.dbSize()),
					Units.bytes(status.dbSizeInUse()), String.join(", ", status.errors())), source + " " + e.endpoint(),
					etcd.observedAt()))
			.evidence(new Evidence(t.get("checklist.etcd.quota", Units.bytes(quota.bytes())), quota.source()))
			.command(command)
			.panel("etcd", "etcd-database");
		if (level == FindingLevel.OK) {
			return f;
		}
		return f.cause(t.get("checklist.etcd.size.cause"))
			.remedy(t.get("checklist.etcd.size.remedy", Units.percent(item.threshold("warningFraction") * 100),
					Units.percent(item.threshold("criticalFraction") * 100)));
	}

	private record Quota(long bytes, String source) {
	}

	/** The member's own metrics, else its etcd pod's flag, else etcd's default — each said as such. */
	private Quota quota(ClusterFacts facts, EtcdFacts etcd, long memberId, String memberName) {
		EtcdQuota quota = EtcdQuota.of(facts, etcd, memberId, memberName);
		String source = switch (quota.basis()) {
			case METRICS -> t.get("checklist.etcd.quota.metrics", quota.where());
			case POD_FLAG -> t.get("checklist.etcd.quota.flag", quota.where());
			case DEFAULT_NO_FLAG, ASSUMED_DEFAULT -> t.get("checklist.etcd.quota.default");
		};
		return new Quota(quota.bytes(), source);
	}

	private static String subject(EtcdEndpointFact e, Map<Long, String> names) {
		String name = (e.status() != null) ? names.get(e.status().memberId()) : null;
		return Objects.requireNonNullElse(name, "").isEmpty() ? e.endpoint() : name + " (" + e.endpoint() + ")";
	}

	private String source(ClusterFacts facts) {
		return facts.probes().captured().filter((c) -> !c.files().isEmpty()).isPresent()
				? t.get("checklist.source.etcd-captured", String.join(", ", facts.probes().captured().get().files()))
				: t.get("checklist.source.etcd");
	}

}
