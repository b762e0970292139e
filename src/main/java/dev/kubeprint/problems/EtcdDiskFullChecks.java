package dev.kubeprint.problems;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import dev.kubeprint.cluster.facts.HealthChecks;
import dev.kubeprint.etcd.EtcdQuota;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.reference.ProblemReference;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * The reference's "etcd disk full": a NOSPACE alarm, a database near its quota, the free pages a defrag would
 * return, and the API server's 503s that follow. One finding for the alarms and one per member for its size.
 */
public final class EtcdDiskFullChecks {

	static final String ID = "etcd-disk-full";

	static final String PAGE = "etcd";

	static final String PANEL = "etcd-database";

	private final ProblemReference problem;

	public EtcdDiskFullChecks(ReferenceCatalog reference) {
		this.problem = Diagnosis.row(reference, ID);
	}

	public List<Finding> check(ClusterFacts facts, Texts texts) {
		Diagnosis d = new Diagnosis(problem, texts, facts);
		List<Evidence> symptoms = apiSymptoms(d);
		Optional<EtcdFacts> read = facts.probes().etcd();
		if (read.isEmpty() || !read.get().availability().hasData()) {
			String reason = read.map((e) -> e.availability().reason()).orElse(facts.probes().etcdAbsent());
			return List.of(d.finding(FindingLevel.UNKNOWN, "etcd", texts.get("problems.etcd.not-read", reason))
				.evidence(symptoms)
				.remedy(texts.get("problems.etcd.enable"))
				.command(d.command("status", Map.of("endpoints", "<endpoints>")))
				.panel(PAGE, PANEL));
		}
		EtcdFacts etcd = read.get();
		List<Finding> findings = new ArrayList<>();
		findings.add(alarms(d, etcd, symptoms));
		for (EtcdEndpointFact endpoint : etcd.endpoints()) {
			findings.add(new MemberSize(d, etcd, endpoint).finding());
		}
		return List.copyOf(findings);
	}

	/** The NOSPACE alarm, from the alarm list and from what members say of themselves. */
	private Finding alarms(Diagnosis d, EtcdFacts etcd, List<Evidence> symptoms) {
		Set<String> raisedOn = new LinkedHashSet<>();
		List<Evidence> evidence = new ArrayList<>();
		for (EtcdAlarmFact alarm : etcd.alarms()) {
			if (alarm.type() == EtcdAlarmFact.Type.NOSPACE) {
				raisedOn.add(memberName(etcd, alarm.memberId()));
				evidence.add(new Evidence(d.t.get("problems.etcd.alarm", alarm.type(), memberName(etcd, alarm.memberId())),
						"etcdctl alarm list", etcd.observedAt()));
			}
		}
		for (EtcdEndpointFact endpoint : etcd.endpoints()) {
			if (endpoint.answered() && endpoint.status().errors().stream().anyMatch((e) -> e.contains("NOSPACE"))) {
				raisedOn.add(memberName(etcd, endpoint.status().memberId()));
				evidence.add(new Evidence(String.join("; ", endpoint.status().errors()),
						d.t.get("problems.etcd.status-of", endpoint.endpoint()), etcd.observedAt()));
			}
		}
		String status = d.command("status", Map.of("endpoints", endpoints(etcd)));
		if (!raisedOn.isEmpty()) {
			return d.finding(FindingLevel.CRITICAL, "etcd", d.t.get("problems.etcd.nospace", String.join(", ", raisedOn)))
				.evidence(evidence)
				.evidence(symptoms)
				.remedy(d.remedy(d.t.get("problems.etcd.fix", d.command("compact", Map.of("endpoints", endpoints(etcd))),
						d.command("defrag", Map.of("endpoints", endpoints(etcd))),
						d.command("disarm", Map.of("endpoints", endpoints(etcd))))))
				.command(status)
				.panel(PAGE, PANEL);
		}
		if (!etcd.alarmsProblem().isEmpty()) {
			return d.finding(FindingLevel.UNKNOWN, "etcd", d.t.get("problems.etcd.alarms-unknown", etcd.alarmsProblem()))
				.evidence(symptoms)
				.command(status)
				.panel(PAGE, PANEL);
		}
		return d.finding(FindingLevel.OK, "etcd", d.t.get("problems.etcd.no-alarm"))
			.evidence(new Evidence(d.t.get("problems.etcd.alarms-none"), "etcdctl alarm list", etcd.observedAt()))
			.evidence(symptoms)
			.command(status)
			.panel(PAGE, PANEL);
	}

	/** 5xx answers and a failing etcd readiness check: what clients see while etcd refuses writes. */
	private static List<Evidence> apiSymptoms(Diagnosis d) {
		Optional<ApiServerFacts> api = d.facts.probes().apiServer();
		if (api.isEmpty()) {
			return List.of();
		}
		List<Evidence> evidence = new ArrayList<>();
		if (api.get().metrics() != null && api.get().metrics().interval() != null
				&& api.get().metrics().interval().serverErrorsPerSecond() > 0) {
			evidence.add(new Evidence(d.t.get("problems.api.5xx", Diagnosis.rate(api.get().metrics().interval().serverErrorsPerSecond())),
					"apiserver_request_total{code=~\"5..\"}", api.get().metrics().interval().to()));
		}
		HealthChecks readyz = api.get().readyz();
		if (readyz != null) {
			readyz.failed()
				.stream()
				.filter((c) -> c.name().equals("etcd") || c.name().startsWith("etcd-"))
				.forEach((c) -> evidence.add(new Evidence(d.t.get("problems.api.readyz-etcd", c.name(), c.detail()),
						"/readyz?verbose", api.get().observedAt())));
		}
		return evidence;
	}

	static String memberName(EtcdFacts etcd, long id) {
		return etcd.members()
			.stream()
			.filter((m) -> m.id() == id && !m.name().isEmpty())
			.map(EtcdMemberFact::name)
			.findFirst()
			.orElse(Long.toHexString(id));
	}

	static String endpoints(EtcdFacts etcd) {
		return String.join(",", etcd.endpoints().stream().map(EtcdEndpointFact::endpoint).toList());
	}

	/** One member's database against its quota. */
	private static final class MemberSize {

		private final Diagnosis d;

		private final EtcdFacts etcd;

		private final EtcdEndpointFact endpoint;

		MemberSize(Diagnosis d, EtcdFacts etcd, EtcdEndpointFact endpoint) {
			this.d = d;
			this.etcd = etcd;
			this.endpoint = endpoint;
		}

		Finding finding() {
			EtcdStatusFact status = endpoint.status();
			String subject = d.t.get("problems.etcd.member",
					(status != null) ? memberName(etcd, status.memberId()) : endpoint.endpoint());
			String command = d.command("status", Map.of("endpoints", endpoint.endpoint()));
			if (status == null) {
				return d.finding(FindingLevel.UNKNOWN, subject, d.t.get("problems.etcd.no-status", endpoint.problem()))
					.command(command)
					.panel(PAGE, PANEL);
			}
			Evidence size = new Evidence(d.t.get("problems.etcd.size", Units.bytes(status.dbSize()),
					Units.bytes(status.dbSizeInUse())), d.t.get("problems.etcd.status-of", endpoint.endpoint()),
					etcd.observedAt());
			Optional<Quota> quota = quota(status.memberId());
			if (quota.isEmpty()) {
				return d.finding(FindingLevel.UNKNOWN, subject, d.t.get("problems.etcd.quota-unknown"))
					.evidence(size)
					.command(command)
					.panel(PAGE, PANEL);
			}
			return judge(subject, status, size, quota.get()).command(command).panel(PAGE, PANEL);
		}

		private Finding judge(String subject, EtcdStatusFact status, Evidence size, Quota quota) {
			double share = (double) status.dbSize() / quota.bytes();
			long free = status.dbSize() - status.dbSizeInUse();
			boolean fragmented = status.dbSize() >= d.threshold("fragmentationMinBytes") && free >= 0
					&& (double) free / status.dbSize() >= d.threshold("fragmentation");
			Evidence quotaEvidence = new Evidence(d.t.get("problems.etcd.quota", Units.bytes(quota.bytes()),
					Units.percent(share * 100)), quota.source(), etcd.observedAt());
			String defrag = d.t.get("problems.etcd.defrag-returns", Units.bytes(Math.max(free, 0)),
					d.command("defrag", Map.of("endpoints", endpoint.endpoint())));
			FindingLevel level = (share >= d.threshold("quotaCritical")) ? FindingLevel.CRITICAL
					: (share >= d.threshold("quotaWarning")) ? FindingLevel.WARNING
							: fragmented ? FindingLevel.INFO : FindingLevel.OK;
			String summary = switch (level) {
				case CRITICAL, WARNING -> d.t.get("problems.etcd.near-quota", Units.percent(share * 100),
						Units.bytes(quota.bytes()), Units.percent(d.threshold("quotaWarning") * 100));
				case INFO -> d.t.get("problems.etcd.fragmented", Units.bytes(free), Units.bytes(status.dbSize()));
				default -> d.t.get("problems.etcd.under-quota", Units.percent(share * 100), Units.bytes(quota.bytes()));
			};
			Finding finding = d.finding(level, subject, summary).evidence(size, quotaEvidence);
			return switch (level) {
				case CRITICAL, WARNING -> finding.remedy(d.remedy(d.t.get("problems.etcd.fix",
						d.command("compact", Map.of("endpoints", endpoint.endpoint())),
						d.command("defrag", Map.of("endpoints", endpoint.endpoint())),
						d.command("disarm", Map.of("endpoints", endpoint.endpoint())))));
				case INFO -> finding.remedy(defrag);
				default -> finding;
			};
		}

		/**
		 * The member's own --quota-backend-bytes from its metrics, else from its pod's flags, else etcd's default
		 * when its pod is seen without the flag; nothing when no pod is seen, since the default would be a guess.
		 */
		private Optional<Quota> quota(long memberId) {
			EtcdQuota quota = EtcdQuota.of(d.facts, etcd, memberId, memberName(etcd, memberId));
			String pod = quota.where().substring(quota.where().indexOf('/') + 1);
			return switch (quota.basis()) {
				case METRICS -> Optional.of(new Quota(quota.bytes(), "etcd_server_quota_backend_bytes " + quota.where()));
				case POD_FLAG -> Optional.of(new Quota(quota.bytes(),
						"--quota-backend-bytes=" + quota.bytes() + " (pod " + pod + ")"));
				case DEFAULT_NO_FLAG -> Optional.of(new Quota(quota.bytes(), d.t.get("problems.etcd.quota-default", pod)));
				case ASSUMED_DEFAULT -> Optional.empty();
			};
		}

	}

	record Quota(long bytes, String source) {
	}

}
