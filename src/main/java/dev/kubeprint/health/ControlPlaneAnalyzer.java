package dev.kubeprint.health;

import java.util.List;
import java.util.Optional;

import dev.kubeprint.health.ComponentView.InstanceView;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KubeadmConfig;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.distribution.DistributionAnalyzer;
import dev.kubeprint.distribution.DistributionView;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ComponentReference;
import dev.kubeprint.reference.HaMode;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * The control-plane table of the reference with live columns: which instances run where, how HA is really
 * done here, and the health each part has with the evidence it rests on. What a component answers for itself
 * (readyz, a lease renewed moments ago, etcd's own status) outranks its pods' conditions.
 */
public final class ControlPlaneAnalyzer {

	public static final String SYSTEM = ComponentPods.SYSTEM;

	private final ReferenceCatalog reference;

	public ControlPlaneAnalyzer(ReferenceCatalog reference) {
		this.reference = reference;
	}

	/**
	 * The pods of a control-plane component wherever a distribution puts them (component label, program, or
	 * &lt;id&gt;-&lt;node&gt;), never a CNI's own datastore for etcd.
	 */
	public static List<PodFact> componentPods(ClusterFacts facts, String id) {
		return ComponentPods.of(facts, id);
	}

	public List<ComponentView> analyze(ClusterFacts facts, Texts t) {
		return analyze(facts, t, new DistributionAnalyzer(reference).analyze(facts, t));
	}

	/**
	 * @param distribution read once per facts version for every page: a provider that runs the control plane
	 * makes its components not observable, which is not down
	 */
	public List<ComponentView> analyze(ClusterFacts facts, Texts t, DistributionView distribution) {
		Optional<String> managed = distribution.managed() ? Optional.of(distribution.name()) : Optional.empty();
		Optional<KubeadmConfig> kubeadm = KubeadmConfig.from(facts);
		Context context = new Context(facts, t, managed, kubeadm);
		return reference.controlPlaneComponents().stream().map(context::component).toList();
	}

	private record Context(ClusterFacts facts, Texts t, Optional<String> managed,
			Optional<KubeadmConfig> kubeadm) {

		ComponentView component(ComponentReference ref) {
			List<PodFact> pods = ComponentPods.of(facts, ref.id());
			ComponentLive live;
			if (!facts.availability(FactKind.PODS).hasData()) {
				live = new ComponentLive("", "—", Health.UNKNOWN,
						t.get("component.pods-unavailable", facts.availability(FactKind.PODS).reason()), "");
			}
			else if ("kube-apiserver".equals(ref.id())) {
				live = new ApiServerRow(facts, t, managed, kubeadm).live(pods);
			}
			else if (ref.haMode() == HaMode.RAFT) {
				live = etcd(pods);
			}
			else {
				live = new LeaderRow(facts, t, managed).live(ref.id(), pods);
			}
			List<String> k3s = ComponentPods.k3sServers(facts);
			if (pods.isEmpty() && managed.isEmpty() && !k3s.isEmpty()
					&& (live.health() == Health.UNKNOWN || "cloud-controller-manager".equals(ref.id()))) {
				live = live.withHealth(Health.UNKNOWN, t.get("component.embedded-k3s", ref.id(), String.join(", ", k3s)),
						t.get("evidence.node-info"));
			}
			List<InstanceView> instances = pods.stream()
				.map((p) -> new InstanceView(p.name(), p.nodeName(), p.ready(), p.restarts(), p.image()))
				.toList();
			return new ComponentView(ref.id(), String.join("/", ref.ports()), t.pick(ref.portNotes()),
					t.pick(ref.function()), t.pick(ref.ha()), live.haLive(), t.pick(ref.failureImpact()),
					ref.metrics(), ref.diagnose(), instances, live.summary(), live.health(), live.reason(),
					live.evidence(), live.leader());
		}

		private ComponentLive etcd(List<PodFact> pods) {
			EtcdRow row = new EtcdRow(facts, t);
			if (!pods.isEmpty()) {
				return row.fromPods(pods);
			}
			if (managed.isPresent()) {
				return managedLive();
			}
			if (kubeadm.map(KubeadmConfig::externalEtcd).orElse(false)) {
				String endpoints = String.join(", ", kubeadm.get().externalEtcdEndpoints());
				return row.direct(new ComponentLive(t.get("etcd.ha.external", kubeadm.get().externalEtcdEndpoints().size()),
						"—", Health.UNKNOWN, t.get("etcd.external", endpoints), t.get("evidence.kubeadm")));
			}
			return row.direct(notFound("etcd"));
		}

		private ComponentLive managedLive() {
			return new ComponentLive(t.get("component.managed.ha", managed.get()), "—", Health.NOT_APPLICABLE,
					t.get("component.managed", managed.get()), t.get("evidence.managed"));
		}

		private ComponentLive notFound(String id) {
			return new ComponentLive("", "—", Health.UNKNOWN, t.get("component.not-found", id), t.get("evidence.pods"));
		}

	}

}
