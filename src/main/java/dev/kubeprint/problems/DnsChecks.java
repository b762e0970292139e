package dev.kubeprint.problems;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EndpointSliceFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ProblemReference;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * The reference's "DNS failure": the cluster DNS pods (CoreDNS or kube-dns, labelled k8s-app=kube-dns in
 * kube-system) and the ready endpoints of the kube-dns Service that pods actually query. Pods all ready prove
 * little while the Service's endpoints are unknown, so that is unknown, not fine.
 */
public final class DnsChecks {

	static final String ID = "dns-failure";

	static final String PAGE = "workloads";

	static final String PANEL = "workloads-pods";

	static final String NAMESPACE = "kube-system";

	/** The k8s-app label value and Service name CoreDNS kept from kube-dns, so that clients need no change. */
	static final String APP = "kube-dns";

	private final ProblemReference problem;

	public DnsChecks(ReferenceCatalog reference) {
		this.problem = Diagnosis.row(reference, ID);
	}

	public List<Finding> check(ClusterFacts facts, Texts texts) {
		Diagnosis d = new Diagnosis(problem, texts, facts);
		String subject = texts.get("problems.dns.subject");
		String logs = d.command("logs", Map.of());
		if (!Diagnosis.readable(facts, FactKind.PODS)) {
			return List.of(d.unreadable(FactKind.PODS, subject).command(logs).panel(PAGE, PANEL));
		}
		List<PodFact> pods = facts.pods()
			.stream()
			.filter((p) -> NAMESPACE.equals(p.namespace()) && APP.equals(p.component()))
			.filter((p) -> !p.terminating() && !p.terminated())
			.sorted(Comparator.comparing(PodFact::name))
			.toList();
		if (pods.isEmpty()) {
			return List.of(d.finding(FindingLevel.UNKNOWN, subject, texts.get("problems.dns.no-pods"))
				.command(d.command("pods", Map.of()))
				.panel(PAGE, PANEL));
		}
		List<Evidence> evidence = new ArrayList<>();
		List<String> notReady = new ArrayList<>();
		for (PodFact pod : pods) {
			String state = pod.reason().isEmpty() ? pod.phase() : pod.reason();
			evidence.add(new Evidence(texts.get("problems.dns.pod", pod.name(), pod.ready() ? 1 : 0, state, pod.restarts()),
					"pod " + NAMESPACE + "/" + pod.name(), facts.get(FactKind.PODS).syncedAt()));
			if (!pod.ready()) {
				notReady.add(pod.name() + " (" + state + ")");
			}
		}
		Endpoints endpoints = endpoints(d);
		evidence.add(endpoints.evidence());
		int ready = pods.size() - notReady.size();
		FindingLevel level;
		String summary;
		if (ready == 0 || (endpoints.known() && endpoints.ready() == 0)) {
			level = FindingLevel.CRITICAL;
			summary = texts.get("problems.dns.down", ready, pods.size(),
					endpoints.known() ? String.valueOf(endpoints.ready()) : texts.get("problems.unknown"));
		}
		else if (!notReady.isEmpty()) {
			level = FindingLevel.WARNING;
			summary = texts.get("problems.dns.degraded", notReady.size(), pods.size(), String.join(", ", notReady));
		}
		else if (!endpoints.known()) {
			level = FindingLevel.UNKNOWN;
			summary = texts.get("problems.dns.endpoints-unknown", pods.size(), endpoints.why());
		}
		else {
			level = FindingLevel.OK;
			summary = texts.get("problems.dns.ok", pods.size(), endpoints.ready());
		}
		Finding finding = d.finding(level, subject, summary).evidence(evidence).command(logs).panel(PAGE, PANEL);
		return List.of(switch (level) {
			case OK -> finding;
			// what would decide it: the Service's endpoints, read by hand where Kubeprint could not
			case UNKNOWN -> finding.command(d.command("endpoints", Map.of()));
			default -> finding.remedy(d.remedy(texts.get("problems.dns.fix", d.command("endpoints", Map.of()))));
		});
	}

	/** The kube-dns Service's ready endpoints; {@code known} false with {@code why} when they cannot be told. */
	private record Endpoints(boolean known, int ready, int total, String why, Evidence evidence) {
	}

	private static Endpoints endpoints(Diagnosis d) {
		String source = "endpointslices -n " + NAMESPACE + " -l kubernetes.io/service-name=" + APP;
		if (!Diagnosis.readable(d.facts, FactKind.ENDPOINT_SLICES)) {
			String why = d.t.get("problems.kind-unreadable", FactKind.ENDPOINT_SLICES.resourceName(),
					d.facts.availability(FactKind.ENDPOINT_SLICES).reason());
			return new Endpoints(false, 0, 0, why, new Evidence(why, source, null));
		}
		List<EndpointSliceFact> slices = d.facts.items(FactKind.ENDPOINT_SLICES)
			.stream()
			.filter((s) -> NAMESPACE.equals(s.namespace()) && APP.equals(s.serviceName()))
			.toList();
		boolean serviceSeen = Diagnosis.readable(d.facts, FactKind.SERVICES) && d.facts.items(FactKind.SERVICES)
			.stream()
			.anyMatch((s) -> NAMESPACE.equals(s.namespace()) && APP.equals(s.name()));
		if (slices.isEmpty() && !serviceSeen) {
			String why = d.t.get("problems.dns.no-service");
			return new Endpoints(false, 0, 0, why, new Evidence(why, "services -n " + NAMESPACE, null));
		}
		int ready = slices.stream().mapToInt(EndpointSliceFact::readyEndpoints).sum();
		int total = slices.stream().mapToInt(EndpointSliceFact::endpoints).sum();
		return new Endpoints(true, ready, total, "", new Evidence(d.t.get("problems.dns.endpoints", ready, total),
				source, d.facts.get(FactKind.ENDPOINT_SLICES).syncedAt()));
	}

}
