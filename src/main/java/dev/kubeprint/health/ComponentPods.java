package dev.kubeprint.health;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;

/** Where a control-plane component's pods are, whatever a distribution names them. */
final class ComponentPods {

	static final String SYSTEM = "kube-system";

	/**
	 * A CNI's own datastore (calico-etcd, cilium-etcd from cilium-etcd-operator, whose pods carry app=etcd) is
	 * not the cluster's etcd and must never be counted as its members.
	 */
	private static final Set<String> CNI_DATASTORES = Set.of("calico-etcd", "cilium-etcd");

	private ComponentPods() {
	}

	/**
	 * Pods of a component in kube-system: kubeadm and RKE2 label static pods component=&lt;id&gt;; other installers
	 * use k8s-app or app, or only the name (&lt;id&gt;-&lt;node&gt;); whatever the name, the program it runs.
	 */
	static List<PodFact> of(ClusterFacts facts, String id) {
		return facts.pods()
			.stream()
			.filter((p) -> SYSTEM.equals(p.namespace()))
			.filter((p) -> id.equals(p.component()) || id.equals(p.program()) || p.name().startsWith(id + "-"))
			.filter((p) -> !cniDatastore(p))
			.filter((p) -> !p.terminated())
			.sorted(Comparator.comparing(PodFact::nodeName).thenComparing(PodFact::name))
			.toList();
	}

	static boolean cniDatastore(PodFact pod) {
		return CNI_DATASTORES.stream()
			.anyMatch((d) -> pod.name().startsWith(d) || pod.ownerName().startsWith(d) || d.equals(pod.component()));
	}

	/**
	 * Nodes of not-ready pods whose own Ready is not True: the node lifecycle controller marks pods of a node
	 * that stopped posting status NotReady whatever the containers do, so these pods' readiness proves nothing.
	 */
	static List<String> silentNodes(ClusterFacts facts, List<PodFact> pods) {
		Set<String> nodes = pods.stream().filter((p) -> !p.ready()).map(PodFact::nodeName).collect(
				java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
		return facts.nodes()
			.stream()
			.filter((n) -> nodes.contains(n.name()) && !n.isReady())
			.map(NodeFact::name)
			.sorted()
			.toList();
	}

	/** Whether every not-ready pod sits on a node that stopped reporting. */
	static boolean notReadyOnlyOnSilentNodes(ClusterFacts facts, List<PodFact> pods) {
		List<String> silent = silentNodes(facts, pods);
		return pods.stream().filter((p) -> !p.ready()).allMatch((p) -> silent.contains(p.nodeName()));
	}

	static String notReady(List<PodFact> pods) {
		return String.join(", ", pods.stream().filter((p) -> !p.ready()).map(PodFact::name).limit(5).toList());
	}

	/**
	 * Server nodes of k3s, which runs the API server, scheduler, controller manager (and etcd or its SQLite
	 * shim) inside its own process: there is no pod to find, which says nothing of their health.
	 */
	static List<String> k3sServers(ClusterFacts facts) {
		return facts.nodes()
			.stream()
			.filter((n) -> n.providerId().startsWith("k3s://") || n.info().kubeletVersion().contains("+k3s"))
			.filter((n) -> n.roles().contains("control-plane") || n.roles().contains("master"))
			.map(NodeFact::name)
			.sorted()
			.toList();
	}

}
