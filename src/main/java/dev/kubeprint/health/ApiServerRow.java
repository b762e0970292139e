package dev.kubeprint.health;

import java.util.List;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EndpointSliceFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.HealthChecks;
import dev.kubeprint.cluster.facts.KubeadmConfig;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;

/**
 * The API server row: its pods and registered endpoints, and above them what it answers for itself on
 * /readyz. A dump is not a live answer: without a captured readyz nothing says the server answers now.
 */
final class ApiServerRow {

	private final ClusterFacts facts;

	private final Texts t;

	private final Optional<String> managed;

	private final Optional<KubeadmConfig> kubeadm;

	ApiServerRow(ClusterFacts facts, Texts t, Optional<String> managed,
			Optional<KubeadmConfig> kubeadm) {
		this.facts = facts;
		this.t = t;
		this.managed = managed;
		this.kubeadm = kubeadm;
	}

	ComponentLive live(List<PodFact> pods) {
		Optional<HealthChecks> readyz = facts.probes()
			.apiServer()
			.filter((a) -> a.readyzAvailability().isOk() && a.readyz() != null)
			.map(ApiServerFacts::readyz);
		ComponentLive fromObjects = fromObjects(pods);
		return readyz.map((r) -> withReadyz(fromObjects, r, pods)).orElse(fromObjects);
	}

	private ComponentLive fromObjects(List<PodFact> pods) {
		boolean endpointsKnown = facts.availability(FactKind.ENDPOINT_SLICES).hasData();
		List<String> endpoints = facts.items(FactKind.ENDPOINT_SLICES)
			.stream()
			.filter((s) -> "default".equals(s.namespace()) && "kubernetes".equals(s.serviceName()))
			.map(EndpointSliceFact::addresses)
			.flatMap(List::stream)
			.distinct()
			.toList();
		String endpoint = kubeadm.map(KubeadmConfig::controlPlaneEndpoint).filter((e) -> !e.isEmpty()).orElse("");
		if (!pods.isEmpty()) {
			String ha = !endpoint.isEmpty() ? t.get("apiserver.ha.lb", pods.size(), endpoint)
					: endpointsKnown ? t.get("apiserver.ha.endpoints", pods.size(), endpoints.size())
							: t.get("apiserver.ha.endpoints-not-collected", pods.size(),
									facts.availability(FactKind.ENDPOINT_SLICES).reason());
			return notLive(fromPods(pods, ha, t));
		}
		if (managed.isPresent()) {
			String name = managed.get();
			String reason = facts.cluster().live() ? t.get("apiserver.managed", name)
					: t.get("apiserver.managed.dump", name, capturedAt());
			return new ComponentLive(t.get("component.managed.ha", name), "—", Health.NOT_APPLICABLE, reason,
					t.get("evidence.managed"));
		}
		if (!endpoints.isEmpty()) {
			return notLive(new ComponentLive(t.get("apiserver.ha.endpoints", endpoints.size(), endpoints.size()),
					t.get("summary.endpoints", endpoints.size()), Health.HEALTHY,
					t.get("apiserver.endpoints-only", endpoints.size()), t.get("evidence.endpoints")));
		}
		String reason = t.get("component.not-found", "kube-apiserver");
		if (!endpointsKnown) {
			reason = reason + "; " + t.get("apiserver.endpoints-not-collected",
					facts.availability(FactKind.ENDPOINT_SLICES).reason());
		}
		return new ComponentLive("", "—", Health.UNKNOWN, reason, t.get("evidence.pods"));
	}

	/** In a dump, pods and endpoints tell what was true at capture; the row says so rather than "answers". */
	private ComponentLive notLive(ComponentLive fromObjects) {
		if (facts.cluster().live()) {
			return fromObjects;
		}
		return fromObjects.withHealth(fromObjects.health(),
				fromObjects.reason() + "; " + t.get("apiserver.dump", capturedAt()), fromObjects.evidence());
	}

	private String capturedAt() {
		return facts.capturedAt().map(Object::toString).orElse(t.get("apiserver.dump.unknown-time"));
	}

	/**
	 * What the API server says of itself outweighs what its pods say: a failing readyz check degrades it; a
	 * passing one makes it healthy even when its mirror pods are NotReady, because the node lifecycle controller
	 * marks the pods of a node that stopped posting status NotReady while the server itself keeps answering.
	 */
	private ComponentLive withReadyz(ComponentLive fromObjects, HealthChecks readyz, List<PodFact> pods) {
		String captured = facts.cluster().live() ? "" : " " + t.get("apiserver.readyz.captured", capturedAt());
		List<HealthChecks.Check> failed = readyz.failed();
		if (!failed.isEmpty() || !readyz.passed()) {
			String checks = failed.isEmpty() ? readyz.verdict()
					: String.join(", ", failed.stream().map((c) -> c.name() + " (" + c.reason() + ")").toList());
			Health base = fromObjects.health() == Health.NOT_APPLICABLE ? Health.HEALTHY : fromObjects.health();
			return fromObjects.withHealth(base.worse(Health.DEGRADED), t.get("apiserver.readyz-failed", checks) + captured,
					t.get("evidence.readyz"));
		}
		String answers = t.get("apiserver.readyz-passes", readyz.checks().size()) + captured;
		if (pods.isEmpty() || pods.stream().allMatch(PodFact::ready)) {
			return fromObjects.withHealth(Health.HEALTHY, answers,
					pods.isEmpty() ? t.get("evidence.readyz") : fromObjects.evidence() + ", " + t.get("evidence.readyz"));
		}
		List<String> silent = ComponentPods.silentNodes(facts, pods);
		String why = silent.isEmpty() ? t.get("component.pods-disagree", ComponentPods.notReady(pods))
				: t.get("component.nodes-silent", ComponentPods.notReady(pods), String.join(", ", silent));
		Health health = ComponentPods.notReadyOnlyOnSilentNodes(facts, pods) ? Health.HEALTHY : Health.DEGRADED;
		return fromObjects.withHealth(health, answers + "; " + why,
				t.get("evidence.readyz") + ", " + fromObjects.evidence());
	}

	static ComponentLive fromPods(List<PodFact> pods, String ha, Texts t) {
		int ready = (int) pods.stream().filter(PodFact::ready).count();
		Health health = Health.ofReady(ready, pods.size());
		String reason = ready == pods.size() ? t.get("component.all-ready", ready)
				: t.get("component.not-ready", pods.size() - ready, pods.size(), ComponentPods.notReady(pods));
		return new ComponentLive(ha, t.get("summary.ready", ready, pods.size()), health, reason, t.get("evidence.pods"));
	}

}
