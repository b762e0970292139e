package dev.kubeprint.checklist;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.RealWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The checklist on the six real dumps: no warning or critical that their EXPECTATIONS (../shared/realworld/README.md)
 * do not support, each one allowed here with the expectation it rests on; and unknown, with its reason, for every
 * item a dump cannot answer.
 */
class RealWorldChecklistTests {

	private static final String UNREACHABLE_NODE = "ip-172-31-13-4.us-east-2.compute.internal";

	@ParameterizedTest
	@ValueSource(strings = { "aks-1.16-kubenet", "rke2-1.33-cilium", "kind-1.21-sonobuoy", "kubeadm-1.21-calico",
			"eks-1.14-ebs-csi-storage-snippet" })
	void noWarningOrCriticalWhereTheExpectationsSeeNone(String dump) {
		// aks: "Nodes: 1 VMSS node … Ready"; rke2: "Nodes: 1, Ready"; kind: 1 node, static pods; kubeadm: "Nodes: 3,
		// all Ready"; the storage snippet holds no nodes at all. None of them names a problem the checklist asks after.
		assertThat(Checklist.run(RealWorld.facts(dump)))
			.filteredOn((f) -> f.level() == FindingLevel.WARNING || f.level() == FindingLevel.CRITICAL)
			.isEmpty();
	}

	@Test
	void theUnreachableEksNodeIsTheOnlyProblem() {
		List<Finding> findings = Checklist.run(RealWorld.facts("eks-1.22-node-unreachable"));
		assertThat(findings).filteredOn((f) -> f.level() == FindingLevel.WARNING || f.level() == FindingLevel.CRITICAL)
			.extracting(Finding::check, Finding::level, Finding::subject)
			.containsExactlyInAnyOrder(
					// "Node ip-172-31-13-4…: Ready=Unknown (NodeStatusUnknown …)" and "The other 2 nodes are Ready."
					tuple("checklist.nodes", FindingLevel.WARNING, "nodes"),
					tuple("checklist.node-conditions", FindingLevel.CRITICAL, UNREACHABLE_NODE),
					// "The aws-node and kube-proxy DaemonSets have desired 3, ready 2."
					tuple("checklist.kube-proxy", FindingLevel.WARNING, UNREACHABLE_NODE));
		assertThat(Checklist.one(RealWorld.facts("eks-1.22-node-unreachable"), "checklist.node-conditions", UNREACHABLE_NODE)
			.summary()).isEqualTo("Ready=Unknown (NodeStatusUnknown)");
	}

	@Test
	void whatTheDumpsCannotAnswerIsUnknownWithItsReason() {
		// "Control plane: managed … Etcd and leaders: not in data" (aks, eks); no dump holds /readyz, /livez, /metrics
		// or etcdctl captures, and cluster-info dumps hold no Leases.
		List<Finding> aks = Checklist.run(RealWorld.facts("aks-1.16-kubenet"));
		assertThat(aks).filteredOn((f) -> Set.of("checklist.componentstatuses", "checklist.readyz", "checklist.livez",
				"checklist.apiserver-latency", "checklist.etcd-health", "checklist.etcd-size", "checklist.kubelet")
			.contains(f.check()))
			.hasSize(8)
			.allSatisfy((f) -> {
				assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
				assertThat(f.summary()).containsAnyOf("managed by Azure AKS", "holds no capture", "no etcdctl capture",
						"not in this snapshot");
			});
	}

	@Test
	void aKubeProxyModeTheDataDoesNotProveIsUnknown() {
		// kubeadm: "kube-proxy: config file only. The mode is unknown."; eks: "uses a config file. The mode is unknown."
		// kind: "config.conf says mode: iptables"; rke2: "--proxy-mode=iptables".
		assertThat(Checklist.one(RealWorld.facts("kubeadm-1.21-calico"), "checklist.kube-proxy", "kube-proxy mode").level())
			.isEqualTo(FindingLevel.UNKNOWN);
		assertThat(Checklist.one(RealWorld.facts("eks-1.22-node-unreachable"), "checklist.kube-proxy", "kube-proxy mode")
			.level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(Checklist.one(RealWorld.facts("kind-1.21-sonobuoy"), "checklist.kube-proxy", "kube-proxy mode").summary())
			.isEqualTo("mode iptables (mode: iptables)");
		assertThat(Checklist.one(RealWorld.facts("rke2-1.33-cilium"), "checklist.kube-proxy", "kube-proxy mode").summary())
			.isEqualTo("mode iptables (--proxy-mode=iptables)");
	}

	@Test
	void kindsHeartbeatFromItsNodeLease() {
		// kind: "3 Leases (2 in kube-system, 1 node lease)": the only dump whose kubelet heartbeat can be read.
		assertThat(Checklist.one(RealWorld.facts("kind-1.21-sonobuoy"), "checklist.kubelet", "kind-control-plane").level())
			.isEqualTo(FindingLevel.OK);
	}

	@Test
	void nodesOnlyGivesUnknownsWithReasonsForEverythingButTheNodesThemselves() {
		List<Finding> findings = Checklist.run(RealWorld.nodesOnly());
		Set<String> fromNodes = Set.of("checklist.nodes", "checklist.node-conditions", "checklist.runtime");
		assertThat(findings).filteredOn((f) -> !fromNodes.contains(f.check()))
			.isNotEmpty()
			.allSatisfy((f) -> {
				assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
				assertThat(f.summary()).isNotBlank();
			});
		assertThat(findings).extracting(Finding::check).contains("checklist.kubelet", "checklist.kube-proxy",
				"checklist.componentstatuses", "checklist.etcd-size");
		assertThat(findings).filteredOn((f) -> f.level() == FindingLevel.OK)
			.allSatisfy((f) -> assertThat(fromNodes).contains(f.check()));
	}

}
