package dev.kubeprint.problems;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.RealWorld;

import static dev.kubeprint.problems.ProblemFixtures.EN;
import static dev.kubeprint.problems.ProblemFixtures.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five diagnoses over the real dumps of ../shared/realworld: what their EXPECTATIONS support and nothing more.
 * None of them holds an etcd or API server capture, none of the cluster-info dumps holds EndpointSlices, so those
 * diagnoses must say unknown, never fine.
 */
class RealWorldProblemsTests {

	private static final CommonProblemsChecks CHECKS = new CommonProblemsChecks(REFERENCE);

	/**
	 * Every critical or warning finding a dump may have, by dump, check and subject, with the EXPECTATIONS line of
	 * ../shared/realworld/README.md that supports it.
	 */
	private static final Map<String, Map<String, String>> ALLOWED = Map.of("eks-1.22-node-unreachable",
			Map.of("node-not-ready node ip-172-31-13-4.us-east-2.compute.internal",
					"Node `ip-172-31-13-4…`: Ready=**Unknown** (NodeStatusUnknown; last heartbeat 2022-08-03T15:11:45Z)."));

	@ParameterizedTest
	@ValueSource(strings = { "aks-1.16-kubenet", "rke2-1.33-cilium", "kind-1.21-sonobuoy", "eks-1.22-node-unreachable",
			"kubeadm-1.21-calico", "eks-1.14-ebs-csi-storage-snippet" })
	void noCriticalOrWarningThatTheExpectationsDoNotSupport(String dump) {
		List<Finding> findings = CHECKS.check(RealWorld.facts(dump), EN);
		Map<String, String> allowed = ALLOWED.getOrDefault(dump, Map.of());
		assertThat(findings).filteredOn((f) -> f.level() == FindingLevel.CRITICAL || f.level() == FindingLevel.WARNING)
			.allSatisfy((f) -> assertThat(allowed).containsKey(f.check() + " " + f.subject()));
		// no capture of etcd or the API server in any dump, and no EndpointSlices: unknown, never fine
		assertThat(findings).filteredOn((f) -> Set.of("etcd-disk-full", "apiserver-overload", "dns-failure")
			.contains(f.check())).isNotEmpty().allSatisfy((f) -> assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN));
		assertThat(findings).extracting(Finding::check)
			.contains("etcd-disk-full", "apiserver-overload", "scheduling-failure", "node-not-ready", "dns-failure");
	}

	/**
	 * "Node ip-172-31-13-4…: Ready=Unknown (NodeStatusUnknown …). Tainted node.kubernetes.io/unreachable, both
	 * NoSchedule and NoExecute. The other 2 nodes are Ready." and "The 6 default-namespace pods and
	 * coredns-5db97b446d-v6rvz carry a deletionTimestamp. They are being evicted (Events: TaintManagerEviction)."
	 */
	@Test
	void eksUnreachableNodeIsTheOneNotReadyFindingWithItsTaintsAndSevenEvictedPods() {
		List<Finding> nodes = CHECKS.check(RealWorld.facts("eks-1.22-node-unreachable"), EN)
			.stream()
			.filter((f) -> f.check().equals("node-not-ready"))
			.toList();
		assertThat(nodes).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.CRITICAL);
			assertThat(f.subject()).isEqualTo("node ip-172-31-13-4.us-east-2.compute.internal");
			assertThat(f.summary()).contains("unreachable (NodeStatusUnknown)").contains("7 of its pods are being evicted");
			assertThat(f.evidence()).extracting(Evidence::fact)
				.contains("Ready=Unknown (NodeStatusUnknown): Kubelet stopped posting node status.",
						"node.kubernetes.io/unreachable:NoSchedule, node.kubernetes.io/unreachable:NoExecute",
						"kubelet v1.22.9-eks-810597c, runtime docker://20.10.13")
				.anyMatch((e) -> e.startsWith("7 pods on it terminating or evicted: default/"))
				.anyMatch((e) -> e.contains("eviction Events for its pods"))
				// a cluster-info dump holds no Leases: said, not guessed
				.anyMatch((e) -> e.startsWith("node Leases cannot be read"));
			assertThat(f.command()).isEqualTo("kubectl describe node ip-172-31-13-4.us-east-2.compute.internal");
		});
	}

	/** "Events name two more nodes, ip-172-31-2-49 and ip-172-31-38-82 (NodeNotReady) … must not be counted as nodes." */
	@Test
	void eksStaleNodeNamesInEventsAreNoFinding() {
		assertThat(CHECKS.check(RealWorld.facts("eks-1.22-node-unreachable"), EN)).noneMatch(
				(f) -> (f.subject() + f.summary()).contains("ip-172-31-2-49") || (f.subject() + f.summary()).contains("ip-172-31-38-82"));
	}

	/**
	 * Sonobuoy's e2e pod resourcequota-9871/terminating-pod is Pending with a nodeSelector no node matches, on
	 * purpose. One pod is far below the reference's 50, so it is named as info, not a warning.
	 */
	@Test
	void kindE2ePendingPodIsInfoWithTheSchedulersMessage() {
		assertThat(CHECKS.check(RealWorld.facts("kind-1.21-sonobuoy"), EN))
			.filteredOn((f) -> f.check().equals("scheduling-failure"))
			.singleElement()
			.satisfies((f) -> {
				assertThat(f.level()).isEqualTo(FindingLevel.INFO);
				assertThat(f.summary()).isEqualTo(
						"1 pods Pending because of affinity or node selector: resourcequota-9871/terminating-pod");
				assertThat(f.evidence()).extracting(Evidence::fact)
					.containsExactly("0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector.");
			});
	}

	/** "Storage only": no nodes and no pods in the snippet, so neither can be judged. */
	@Test
	void storageSnippetCannotTellNodesOrPods() {
		assertThat(CHECKS.check(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet"), EN))
			.filteredOn((f) -> Set.of("node-not-ready", "scheduling-failure", "dns-failure").contains(f.check()))
			.hasSize(3)
			.allSatisfy((f) -> assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN));
	}

	/** "DNS Service rke2-coredns-rke2-coredns is 10.43.0.10; there is no kube-dns Service": its pods are still found. */
	@Test
	void rke2DnsPodsAreFoundByTheirLabelWhateverTheirName() {
		assertThat(CHECKS.check(RealWorld.facts("rke2-1.33-cilium"), EN))
			.filteredOn((f) -> f.check().equals("dns-failure"))
			.singleElement()
			.satisfies((f) -> assertThat(f.evidence()).extracting(Evidence::fact)
				.anyMatch((e) -> e.startsWith("rke2-coredns-rke2-coredns-6464f98784-7rqm9: ready 1/1")));
	}

}
