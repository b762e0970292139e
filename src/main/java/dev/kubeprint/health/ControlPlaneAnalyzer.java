package dev.kubeprint.health;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.kubeprint.health.ComponentView.InstanceView;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EndpointSliceFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KubeadmConfig;
import dev.kubeprint.cluster.facts.LeaseFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.HealthChecks;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ComponentReference;
import dev.kubeprint.reference.HaMode;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * The control-plane table of the reference with live columns: which instances run where, how HA is really
 * done here, and the health each part has with the evidence it rests on.
 */
public final class ControlPlaneAnalyzer {

	public static final String SYSTEM = "kube-system";

	private final ReferenceCatalog reference;

	public ControlPlaneAnalyzer(ReferenceCatalog reference) {
		this.reference = reference;
	}

	public List<ComponentView> analyze(ClusterFacts facts, Texts t) {
		Optional<String> managed = ManagedControlPlane.detect(facts, reference, t);
		Optional<KubeadmConfig> kubeadm = KubeadmConfig.from(facts);
		Context context = new Context(facts, t, managed, kubeadm);
		return reference.controlPlaneComponents().stream().map(context::component).toList();
	}

	/** Live state of a component before it is joined with its reference row. */
	private record Live(String haLive, String summary, Health health, String reason, String evidence) {
	}

	private record Context(ClusterFacts facts, Texts t, Optional<String> managed,
			Optional<KubeadmConfig> kubeadm) {

		ComponentView component(ComponentReference ref) {
			List<PodFact> pods = componentPods(facts, ref.id());
			Live live;
			if (!facts.availability(FactKind.PODS).hasData()) {
				live = new Live("", "—", Health.UNKNOWN,
						t.get("component.pods-unavailable", facts.availability(FactKind.PODS).reason()), "");
			}
			else if ("kube-apiserver".equals(ref.id())) {
				live = withReadyz(apiServer(pods));
			}
			else if (ref.haMode() == HaMode.RAFT) {
				live = etcd(pods);
			}
			else {
				live = leaderElected(ref.id(), pods);
			}
			List<InstanceView> instances = pods.stream()
				.map((p) -> new InstanceView(p.name(), p.nodeName(), p.ready(), p.restarts()))
				.toList();
			return new ComponentView(ref.id(), String.join("/", ref.ports()), t.pick(ref.portNotes()),
					t.pick(ref.function()), t.pick(ref.ha()), live.haLive(), t.pick(ref.failureImpact()),
					ref.metrics(), ref.diagnose(), instances, live.summary(), live.health(), live.reason(),
					live.evidence());
		}

		private Live apiServer(List<PodFact> pods) {
			List<String> endpoints = facts.items(FactKind.ENDPOINT_SLICES)
				.stream()
				.filter((s) -> "default".equals(s.namespace()) && "kubernetes".equals(s.serviceName()))
				.map(EndpointSliceFact::addresses)
				.flatMap(List::stream)
				.distinct()
				.toList();
			String endpoint = kubeadm.map(KubeadmConfig::controlPlaneEndpoint).filter((e) -> !e.isEmpty()).orElse("");
			if (!pods.isEmpty()) {
				String ha = endpoint.isEmpty() ? t.get("apiserver.ha.endpoints", pods.size(), endpoints.size())
						: t.get("apiserver.ha.lb", pods.size(), endpoint);
				return fromPods(pods, ha);
			}
			if (managed.isPresent()) {
				return new Live(t.get("component.managed.ha", managed.get()), "—", Health.HEALTHY,
						t.get("apiserver.managed", managed.get()), t.get("evidence.api"));
			}
			if (!endpoints.isEmpty()) {
				return new Live(t.get("apiserver.ha.endpoints", endpoints.size(), endpoints.size()),
						t.get("summary.endpoints", endpoints.size()), Health.HEALTHY,
						t.get("apiserver.endpoints-only", endpoints.size()), t.get("evidence.endpoints"));
			}
			return notFound("kube-apiserver");
		}

		/**
		 * What the API server says of itself outweighs what its pods say: a failing readyz check degrades it, and
		 * on a managed control plane it is the only evidence there is.
		 */
		private Live withReadyz(Live fromObjects) {
			Optional<HealthChecks> readyz = facts.probes()
				.apiServer()
				.filter((a) -> a.readyzAvailability().isOk() && a.readyz() != null)
				.map(ApiServerFacts::readyz);
			if (readyz.isEmpty()) {
				return fromObjects;
			}
			List<HealthChecks.Check> failed = readyz.get().failed();
			if (failed.isEmpty()) {
				return new Live(fromObjects.haLive(), fromObjects.summary(), fromObjects.health(), fromObjects.reason(),
						fromObjects.evidence() + ", " + t.get("evidence.readyz"));
			}
			String checks = String.join(", ", failed.stream().map((c) -> c.name() + " (" + c.reason() + ")").toList());
			return new Live(fromObjects.haLive(), fromObjects.summary(), fromObjects.health().worse(Health.DEGRADED),
					t.get("apiserver.readyz-failed", checks), t.get("evidence.readyz"));
		}

		private Live etcd(List<PodFact> pods) {
			if (!pods.isEmpty()) {
				int members = pods.size();
				int quorum = members / 2 + 1;
				int ready = (int) pods.stream().filter(PodFact::ready).count();
				String ha = t.get("etcd.ha.stacked", members, quorum);
				Health health = ready == members ? Health.HEALTHY : ready >= quorum ? Health.DEGRADED : Health.DOWN;
				String reason = ready == members ? t.get("etcd.quorum.all", members)
						: ready >= quorum ? t.get("etcd.quorum.holds", ready, members, quorum, notReady(pods))
								: t.get("etcd.quorum.lost", ready, members, quorum, notReady(pods));
				return new Live(ha, t.get("summary.ready", ready, members), health, reason, t.get("evidence.pods"));
			}
			if (managed.isPresent()) {
				return managedLive();
			}
			if (kubeadm.map(KubeadmConfig::externalEtcd).orElse(false)) {
				String endpoints = String.join(", ", kubeadm.get().externalEtcdEndpoints());
				return new Live(t.get("etcd.ha.external", kubeadm.get().externalEtcdEndpoints().size()), "—",
						Health.UNKNOWN, t.get("etcd.external", endpoints), t.get("evidence.kubeadm"));
			}
			return notFound("etcd");
		}

		private Live leaderElected(String id, List<PodFact> pods) {
			Optional<LeaseFact> lease = facts.items(FactKind.LEASES)
				.stream()
				.filter((l) -> SYSTEM.equals(l.namespace()) && id.equals(l.name()))
				.findFirst();
			Instant now = facts.observedAt();
			String leaseText = lease.map((l) -> t.get("lease.holder", l.holderHost(),
					Math.max(0, l.sinceRenewal(now) == null ? 0 : l.sinceRenewal(now).toSeconds()),
					l.transitions() == null ? 0 : l.transitions()))
				.orElse(t.get("lease.none"));
			boolean expired = lease.map((l) -> l.expiredAt(now)).orElse(false);
			if (!pods.isEmpty()) {
				Live live = fromPods(pods, t.get("leader.ha", pods.size(), leaseText));
				if (expired) {
					LeaseFact l = lease.get();
					return new Live(live.haLive(), live.summary(), Health.DOWN,
							t.get("lease.expired", l.holderHost(), l.sinceRenewal(now).toSeconds(),
									l.durationSeconds()),
							t.get("evidence.pods-lease"));
				}
				return new Live(live.haLive(), live.summary(), live.health(), live.reason(),
						lease.isPresent() ? t.get("evidence.pods-lease") : live.evidence());
			}
			if (managed.isPresent()) {
				return managedLive();
			}
			if (lease.isPresent() && !expired) {
				return new Live(t.get("leader.ha.lease-only", leaseText), "—", Health.HEALTHY,
						t.get("lease.only", leaseText), t.get("evidence.lease"));
			}
			if ("cloud-controller-manager".equals(id)) {
				return new Live("", "—", Health.NOT_APPLICABLE, t.get("ccm.absent"), t.get("evidence.pods"));
			}
			return notFound(id);
		}

		private Live fromPods(List<PodFact> pods, String ha) {
			int ready = (int) pods.stream().filter(PodFact::ready).count();
			Health health = Health.ofReady(ready, pods.size());
			String reason = ready == pods.size() ? t.get("component.all-ready", ready)
					: t.get("component.not-ready", pods.size() - ready, pods.size(), notReady(pods));
			return new Live(ha, t.get("summary.ready", ready, pods.size()), health, reason, t.get("evidence.pods"));
		}

		private Live managedLive() {
			return new Live(t.get("component.managed.ha", managed.get()), "—", Health.NOT_APPLICABLE,
					t.get("component.managed", managed.get()), t.get("evidence.managed"));
		}

		private Live notFound(String id) {
			return new Live("", "—", Health.UNKNOWN, t.get("component.not-found", id), t.get("evidence.pods"));
		}

		private static String notReady(List<PodFact> pods) {
			return String.join(", ", pods.stream().filter((p) -> !p.ready()).map(PodFact::name).limit(5).toList());
		}

	}

	/**
	 * Pods of a component in kube-system: kubeadm labels static pods component=&lt;id&gt;; other installers use
	 * k8s-app or app, or only the name.
	 */
	static List<PodFact> componentPods(ClusterFacts facts, String id) {
		return facts.pods()
			.stream()
			.filter((p) -> SYSTEM.equals(p.namespace()))
			.filter((p) -> id.equals(p.component()) || p.name().startsWith(id + "-"))
			.filter((p) -> !p.terminated())
			.sorted(Comparator.comparing(PodFact::nodeName).thenComparing(PodFact::name))
			.toList();
	}

}
