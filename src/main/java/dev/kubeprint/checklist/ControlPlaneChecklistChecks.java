package dev.kubeprint.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.ApiServerMetrics.VerbLatency;
import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ComponentHealth;
import dev.kubeprint.cluster.facts.HealthChecks;
import dev.kubeprint.health.ComponentView;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.reference.ChecklistReference;

/**
 * The control-plane half of the reference's checklist, read-only: componentstatuses from the components' own
 * /healthz and their rows, /readyz and /livez check by check, and the API server's p99 per verb. Pure.
 */
final class ControlPlaneChecklistChecks {

	static final String COMPONENTS = "checklist.componentstatuses";

	static final String READYZ = "checklist.readyz";

	static final String LIVEZ = "checklist.livez";

	static final String LATENCY = "checklist.apiserver-latency";

	/** What componentstatuses lists besides etcd, which has its own two items. */
	private static final List<String> COMPONENT_IDS = List.of("kube-scheduler", "kube-controller-manager");

	private final ChecklistReference reference;

	private final Texts t;

	ControlPlaneChecklistChecks(ChecklistReference reference, Texts texts) {
		this.reference = reference;
		this.t = texts;
	}

	List<Finding> check(ClusterFacts facts, List<ComponentView> components) {
		List<Finding> out = new ArrayList<>();
		for (String id : COMPONENT_IDS) {
			components.stream().filter((c) -> id.equals(c.id())).findFirst()
				.ifPresent((row) -> out.add(component(facts, row)));
		}
		out.add(healthEndpoint(facts, READYZ, "readyz"));
		out.add(healthEndpoint(facts, LIVEZ, "livez"));
		out.addAll(latency(facts));
		return out;
	}

	/** The row's verdict, made worse by a /healthz that failed; a managed control plane cannot be asked. */
	private Finding component(ClusterFacts facts, ComponentView row) {
		String command = reference.item(COMPONENTS).command();
		List<ComponentHealth> probes = facts.probes().components().stream()
			.filter((h) -> row.id().equals(h.component())).toList();
		Evidence rowEvidence = new Evidence(row.summary() + " — " + row.reason(), row.evidence());
		if (row.health() == Health.NOT_APPLICABLE) {
			return Finding.of(COMPONENTS, FindingLevel.UNKNOWN, row.id(), t.get("checklist.component.managed", row.reason()))
				.evidence(rowEvidence).command(command).panel("control-plane", "cp-components");
		}
		FindingLevel level = ofHealth(row.health());
		List<Evidence> evidence = new ArrayList<>(List.of(rowEvidence));
		for (ComponentHealth h : probes) {
			evidence.add(new Evidence(h.instance() + ": " + h.status().name().toLowerCase(Locale.ROOT) + " — " + h.detail(),
					h.evidence(), h.observedAt()));
			if (h.status() == ComponentHealth.Status.FAILED) {
				level = FindingLevel.CRITICAL;
			}
		}
		String rowText = Units.orUnknown(row.summary()).equals(Units.UNKNOWN) ? row.reason()
				: t.get("checklist.component.row", row.summary(), row.reason());
		String summary = probes.isEmpty() ? rowText
				: t.get("checklist.component.probed", rowText, healthz(probes));
		Finding f = Finding.of(COMPONENTS, level, row.id(), summary).evidence(evidence).command(command)
			.panel("control-plane", "cp-components");
		return level.needsAttention() ? f.remedy(t.get("checklist.component.remedy", row.id())) : f;
	}

	private String healthz(List<ComponentHealth> probes) {
		long ok = probes.stream().filter((h) -> h.status() == ComponentHealth.Status.OK).count();
		return t.get("checklist.component.healthz", ok, probes.size());
	}

	/** One finding per endpoint: every failed check named, the passed ones counted. */
	private Finding healthEndpoint(ClusterFacts facts, String check, String endpoint) {
		String command = reference.item(check).command();
		if (facts.probes().apiServer().isEmpty()) {
			return Finding.of(check, FindingLevel.UNKNOWN, "kube-apiserver",
					t.get("checklist.apiserver.absent", facts.probes().apiServerAbsent()))
				.command(command).panel("control-plane", "cp-apiserver");
		}
		ApiServerFacts api = facts.probes().apiServer().get();
		HealthChecks checks = "readyz".equals(endpoint) ? api.readyz() : api.livez();
		Availability availability = "readyz".equals(endpoint) ? api.readyzAvailability() : api.livezAvailability();
		String source = source(facts, "/" + endpoint + "?verbose");
		Instant at = at(facts, api);
		if (!availability.isOk() || checks == null) {
			return Finding.of(check, FindingLevel.UNKNOWN, "kube-apiserver",
					t.get("checklist.endpoint.unavailable", endpoint, availability.reason()))
				.evidence(new Evidence(availability.state() + ": " + availability.reason(), source, at))
				.command(command).panel("control-plane", "cp-apiserver");
		}
		List<HealthChecks.Check> failed = checks.failed();
		int passed = checks.checks().size() - failed.size();
		List<Evidence> evidence = new ArrayList<>();
		evidence.add(new Evidence(t.get("checklist.endpoint.counted", passed, checks.checks().size(), checks.verdict()),
				source, at));
		failed.forEach((c) -> evidence.add(new Evidence("[-]" + c.name() + " " + c.detail(), source, at)));
		if (failed.isEmpty() && checks.passed()) {
			return Finding.of(check, FindingLevel.OK, "kube-apiserver", t.get("checklist.endpoint.passed", endpoint, passed))
				.evidence(evidence).command(command).panel("control-plane", "cp-apiserver");
		}
		String names = failed.stream().map(HealthChecks.Check::name).collect(Collectors.joining(", "));
		return Finding.of(check, FindingLevel.CRITICAL, "kube-apiserver",
				failed.isEmpty() ? t.get("checklist.endpoint.verdict-failed", endpoint, checks.verdict())
						: t.get("checklist.endpoint.failed", endpoint, failed.size(), names))
			.evidence(evidence)
			.cause(t.get("checklist.endpoint.cause"))
			.remedy(t.get("checklist.endpoint.remedy"))
			.command(command)
			.panel("control-plane", "cp-apiserver");
	}

	/** p99 per verb over the last interval, against the reference's 1 s. */
	private List<Finding> latency(ClusterFacts facts) {
		String command = reference.item(LATENCY).command();
		double limit = reference.item(LATENCY).threshold("warningSeconds");
		ApiServerFacts api = facts.probes().apiServer().orElse(null);
		String why = null;
		if (api == null) {
			why = t.get("checklist.apiserver.absent", facts.probes().apiServerAbsent());
		}
		else if (!api.metricsAvailability().isOk() || api.metrics() == null) {
			why = t.get("checklist.latency.no-metrics", api.metricsAvailability().reason());
		}
		else if (api.metrics().interval() == null) {
			why = t.get("apiserver-panel.gap." + api.metrics().gap().name());
		}
		else if (api.metrics().interval().latency().isEmpty()) {
			why = t.get("checklist.latency.no-requests");
		}
		if (why != null) {
			return List.of(Finding.of(LATENCY, FindingLevel.UNKNOWN, "kube-apiserver", why).command(command)
				.panel("control-plane", "cp-apiserver"));
		}
		ApiServerMetrics.Interval interval = api.metrics().interval();
		String source = source(facts, "/metrics apiserver_request_duration_seconds");
		List<Finding> out = new ArrayList<>();
		for (VerbLatency v : interval.latency().values()) {
			boolean slow = v.p99Seconds() > limit || (v.aboveHighestBucket() && v.p99Seconds() >= limit);
			String p99 = (v.aboveHighestBucket() ? "> " : "") + seconds(v.p99Seconds());
			Finding f = Finding.of(LATENCY, slow ? FindingLevel.WARNING : FindingLevel.OK, "verb " + v.verb(),
					t.get(slow ? "checklist.latency.slow" : "checklist.latency.fine", v.verb(), p99, seconds(limit)))
				.evidence(new Evidence(t.get("checklist.latency.evidence", p99, Math.round(v.requests()),
						interval.from().toString(), interval.to().toString()), source, interval.to()))
				.command(command)
				.panel("control-plane", "cp-apiserver");
			out.add(slow ? f.cause(t.get("checklist.latency.cause")).remedy(t.get("checklist.latency.remedy")) : f);
		}
		return out;
	}

	private static String seconds(double s) {
		return String.format(Locale.ROOT, "%.3f s", s);
	}

	/** A live probe's request, or the dump's capture, so the reader knows which it was. */
	private String source(ClusterFacts facts, String what) {
		return facts.probes().captured().isPresent()
				? t.get("checklist.source.captured", what, String.join(", ", facts.probes().captured().get().files()))
				: t.get("checklist.source.probe", what);
	}

	private static Instant at(ClusterFacts facts, ApiServerFacts api) {
		return facts.probes().captured().flatMap((c) -> c.at()).orElse(api.observedAt());
	}

	static FindingLevel ofHealth(Health health) {
		return switch (health) {
			case HEALTHY -> FindingLevel.OK;
			case DEGRADED -> FindingLevel.WARNING;
			case DOWN -> FindingLevel.CRITICAL;
			case UNKNOWN, NOT_APPLICABLE -> FindingLevel.UNKNOWN;
		};
	}

}
