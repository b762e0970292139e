package dev.kubeprint.problems;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.PanelLink;
import dev.kubeprint.testing.KubeJson;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.problems.ProblemFixtures.AT;
import static dev.kubeprint.problems.ProblemFixtures.EN;
import static dev.kubeprint.problems.ProblemFixtures.REFERENCE;
import static dev.kubeprint.problems.ProblemFixtures.ZH;
import static org.assertj.core.api.Assertions.assertThat;

class NodeNotReadyChecksTests {

	private final NodeNotReadyChecks checks = new NodeNotReadyChecks(REFERENCE);

	@Test
	void nodesThatCannotBeReadLeaveItUnknown() {
		ClusterFacts facts = TestFacts.yaml()
			.unavailable(FactKind.NODES, Availability.notCollected("not in this snapshot"))
			.build();
		assertThat(checks.check(facts, EN)).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).isEqualTo("nodes cannot be read: not in this snapshot");
		});
	}

	@Test
	void allReadyIsOk() {
		ClusterFacts facts = KubeJson.facts(KubeJson.node("w-1"), KubeJson.node("w-2")).build();
		assertThat(checks.check(facts, EN)).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.OK);
			assertThat(f.summary()).isEqualTo("All 2 nodes are Ready");
			assertThat(f.command()).isEqualTo("kubectl get nodes -o wide");
			assertThat(f.panel()).isEqualTo(new PanelLink("nodes", "nodes-table"));
		});
	}

	/**
	 * An unreachable node, as the node controller leaves it: Ready=Unknown, the unreachable taints, a Lease last
	 * renewed ten minutes before the facts, its pods terminating and the Events of both.
	 */
	@Test
	void anUnreachableNodeIsCriticalWithItsLeaseTaintsEvictedPodsAndEvents() {
		ClusterFacts facts = TestFacts.yaml(node("w-3", "Unknown", "NodeStatusUnknown", "Kubelet stopped posting node status.",
				"[{key: node.kubernetes.io/unreachable, effect: NoSchedule}, {key: node.kubernetes.io/unreachable, effect: NoExecute}]"),
				KubeJson.node("w-1").toString(), lease("w-3", "2026-11-20T07:50:00.000000Z"), lease("w-1", "2026-11-20T07:59:50.000000Z"),
				pod("shop", "web-1", "w-3", true), pod("shop", "web-2", "w-3", true), pod("shop", "web-3", "w-3", false),
				pod("shop", "web-4", "w-1", true),
				event("default", "w-3.1", "Node", "w-3", "NodeNotReady", 1),
				event("shop", "web-1.1", "Pod", "web-1", "TaintManagerEviction", 2))
			.build()
			.withVersion(1, AT);
		Finding f = checks.check(facts, EN).get(0);
		assertThat(f.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(f.subject()).isEqualTo("node w-3");
		assertThat(f.summary()).isEqualTo("Node w-3 is unreachable (NodeStatusUnknown); 2 of its pods are being evicted");
		assertThat(f.evidence()).extracting(Evidence::fact)
			.contains("Ready=Unknown (NodeStatusUnknown): Kubelet stopped posting node status.",
					"node Lease last renewed 600 s before these facts (2026-11-20T07:50:00Z)",
					"kubelet v1.30.6, runtime containerd://1.7.22",
					"node.kubernetes.io/unreachable:NoSchedule, node.kubernetes.io/unreachable:NoExecute",
					"2 pods on it terminating or evicted: shop/web-1, shop/web-2", "NodeNotReady reported 1 times",
					"2 eviction Events for its pods: shop/web-1");
		assertThat(f.cause()).contains("stopped posting node status");
		assertThat(f.remedy()).isEqualTo("Check the kubelet: On the node, see whether the kubelet runs and why it "
				+ "stopped: systemctl status kubelet; journalctl -u kubelet --no-pager -n 100");
		assertThat(f.command()).isEqualTo("kubectl describe node w-3");
		assertThat(checks.check(facts, EN)).hasSize(1);
	}

	@Test
	void aNodeReportingNotReadyNamesTheKubeletsReason() {
		ClusterFacts facts = TestFacts.yaml(node("w-2", "False", "KubeletNotReady",
				"container runtime network not ready: NetworkReady=false", "[]")).build();
		Finding f = checks.check(facts, EN).get(0);
		assertThat(f.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(f.summary()).isEqualTo("Node w-2 is NotReady (KubeletNotReady); 0 of its pods are being evicted");
		assertThat(f.cause()).contains("Ready=False");
		assertThat(f.evidence()).extracting(Evidence::fact).contains("no node Lease in kube-node-lease");
	}

	/** A zone outage: twenty named, worst first, and the other five in one finding. */
	@Test
	void beyondTwentyNodesTheRestAreRolledUp() {
		List<String> nodes = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			boolean unreachable = i % 2 == 0;
			nodes.add(node(String.format("n-%02d", i), unreachable ? "Unknown" : "False",
					unreachable ? "NodeStatusUnknown" : "KubeletNotReady", "", "[]"));
		}
		List<Finding> findings = checks.check(TestFacts.yaml(nodes.toArray(String[]::new)).build(), EN);
		assertThat(findings).hasSize(21);
		// the thirteen unreachable first, then the reported ones
		assertThat(findings.get(0).subject()).isEqualTo("node n-00");
		assertThat(findings.get(12).subject()).isEqualTo("node n-24");
		assertThat(findings.get(13).subject()).isEqualTo("node n-01");
		Finding more = findings.get(20);
		assertThat(more.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(more.subject()).isEqualTo("more NotReady nodes");
		assertThat(more.summary())
			.isEqualTo("5 more nodes are NotReady (n-15, n-17, n-19 and 2 more); 0 of their pods are being evicted");
		assertThat(more.command()).isEqualTo("kubectl describe node n-15");
	}

	@Test
	void speaksChinese() {
		ClusterFacts facts = TestFacts.yaml(node("w-2", "Unknown", "NodeStatusUnknown", "", "[]")).build();
		Finding f = checks.check(facts, ZH).get(0);
		assertThat(f.summary()).isEqualTo("节点 w-2 不可达(NodeStatusUnknown);其上 0 个 Pod 正在被驱逐");
		assertThat(f.remedy()).startsWith("检查kubelet");
	}

	static String node(String name, String status, String reason, String message, String taints) {
		return """
				apiVersion: v1
				kind: Node
				metadata: {name: %s}
				spec: {taints: %s}
				status:
				  conditions:
				  - {type: Ready, status: "%s", reason: %s, message: "%s", lastTransitionTime: "2026-11-20T07:42:00Z"}
				  nodeInfo: {kubeletVersion: v1.30.6, containerRuntimeVersion: "containerd://1.7.22"}
				""".formatted(name, taints, status, reason, message);
	}

	static String lease(String node, String renewed) {
		return """
				apiVersion: coordination.k8s.io/v1
				kind: Lease
				metadata: {name: %s, namespace: kube-node-lease}
				spec: {holderIdentity: %s, leaseDurationSeconds: 40, renewTime: "%s"}
				""".formatted(node, node, renewed);
	}

	static String pod(String namespace, String name, String node, boolean terminating) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: %s%s}
				spec: {nodeName: %s, containers: [{name: c, image: app:1}]}
				status: {phase: Running}
				""".formatted(name, namespace, terminating ? ", deletionTimestamp: \"2026-11-20T07:48:00Z\"" : "", node);
	}

	static String event(String namespace, String name, String kind, String involved, String reason, int count) {
		return """
				apiVersion: v1
				kind: Event
				metadata: {name: %s, namespace: %s}
				involvedObject: {kind: %s, name: %s, namespace: %s}
				reason: %s
				type: Normal
				message: "%s"
				count: %d
				lastTimestamp: "2026-11-20T07:47:00Z"
				source: {component: node-controller}
				""".formatted(name, namespace, kind, involved, namespace, reason, reason, count);
	}

}
