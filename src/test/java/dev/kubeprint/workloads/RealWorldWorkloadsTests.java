package dev.kubeprint.workloads;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.workloads.WorkloadsView.ControllerRow;
import dev.kubeprint.workloads.WorkloadsView.EventGroup;
import dev.kubeprint.workloads.WorkloadsView.NodeRow;
import dev.kubeprint.workloads.WorkloadsView.PodRow;
import dev.kubeprint.workloads.WorkloadsView.StateCount;
import dev.kubeprint.workloads.WorkloadsView.TaintRow;

import static org.assertj.core.api.Assertions.assertThat;

/** The workload-health expectations of ../shared/realworld, read from the view the JSON twin serializes. */
class RealWorldWorkloadsTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final String UNREACHABLE = "ip-172-31-13-4.us-east-2.compute.internal";

	private static WorkloadsView analyze(String dump) {
		return new WorkloadsAnalyzer().analyze(RealWorld.facts(dump), EN);
	}

	private static ControllerRow controller(WorkloadsView view, String kind, String name) {
		return view.controllers().attention().stream()
			.filter((c) -> c.kind().equals(kind) && c.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(kind + " " + name + " not in " + view.controllers()));
	}

	private static EventGroup group(WorkloadsView view, String type, String reason) {
		return view.events().groups().stream()
			.filter((g) -> g.type().equals(type) && g.reason().equals(reason))
			.findFirst()
			.orElseThrow(() -> new AssertionError(reason + " not in " + view.events().groups()));
	}

	private static int count(WorkloadsView view, PodState state) {
		return view.pods().counts().stream().filter((c) -> c.state() == state).mapToInt(StateCount::count).sum();
	}

	private static NodeRow node(WorkloadsView view, String prefix) {
		return view.nodes().rows().stream().filter((n) -> n.name().startsWith(prefix)).findFirst().orElseThrow();
	}

	@Test
	void aksCorednsAutoscalerAndDashboardHaveNoReadyReplicas() {
		WorkloadsView view = analyze("aks-1.16-kubenet");
		for (String name : List.of("coredns-autoscaler", "kubernetes-dashboard")) {
			ControllerRow row = controller(view, "Deployment", name);
			assertThat(row.ready()).as(name).isZero();
			assertThat(row.desired()).as(name).isEqualTo(1);
			assertThat(row.why()).as(name).startsWith("BackOff: Back-off restarting failed container");
			assertThat(row.basis()).as(name).startsWith("Event about Pod " + name + "-");
		}
		assertThat(count(view, PodState.CRASH_LOOPING)).isEqualTo(2);
	}

	@Test
	void aksEventsShowLivenessFailuresAndBackOff() {
		WorkloadsView view = analyze("aks-1.16-kubenet");
		assertThat(group(view, "Warning", "Unhealthy").message()).startsWith("Liveness probe failed");
		assertThat(group(view, "Warning", "Unhealthy").objects())
			.contains("Pod kube-system/coredns-autoscaler-6d7bd69669-nmpz2");
		assertThat(group(view, "Warning", "BackOff").objects()).containsExactlyInAnyOrder(
				"Pod kube-system/kubernetes-dashboard-7f7676f7b5-65j6w",
				"Pod kube-system/coredns-autoscaler-6d7bd69669-nmpz2");
	}

	@Test
	void aksHasOneVmssNodeStandardDs2V2() {
		WorkloadsView view = analyze("aks-1.16-kubenet");
		assertThat(view.nodes().rows()).singleElement().satisfies((n) -> {
			assertThat(n.name()).contains("vmss");
			assertThat(n.instanceType()).isEqualTo("Standard_DS2_v2");
			assertThat(n.isReady()).isTrue();
		});
		assertThat(view.nodes().instanceTypes()).containsExactly("Standard_DS2_v2 × 1");
	}

	@Test
	void eksUnreachableNodeIsReadyUnknownAndTaintedUnreachable() {
		WorkloadsView view = analyze("eks-1.22-node-unreachable");
		NodeRow node = node(view, "ip-172-31-13-4");
		assertThat(node.ready()).isEqualTo("Unknown");
		assertThat(node.taints()).extracting(TaintRow::taint, TaintRow::effect)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("node.kubernetes.io/unreachable", "NoSchedule"),
					org.assertj.core.groups.Tuple.tuple("node.kubernetes.io/unreachable", "NoExecute"));
		assertThat(node.taints().get(0).meaning()).contains("stopped reporting");
		assertThat(view.nodes().rows()).filteredOn(NodeRow::isReady).hasSize(2);
	}

	@Test
	void eksHasThreeT3MediumNodesOnePerZone() {
		WorkloadsView view = analyze("eks-1.22-node-unreachable");
		assertThat(view.nodes().instanceTypes()).containsExactly("t3.medium × 3");
		assertThat(view.nodes().rows()).extracting(NodeRow::zone)
			.containsExactlyInAnyOrder("us-east-2a", "us-east-2b", "us-east-2c");
		assertThat(node(view, "ip-172-31-13-4").zone()).isEqualTo("us-east-2a");
	}

	@Test
	void eksPodsOnTheUnreachableNodeSayRunningButAreNotReady() {
		List<PodRow> onNode = analyze("eks-1.22-node-unreachable").pods().attention().stream()
			.filter((p) -> p.node().equals(UNREACHABLE))
			.toList();
		assertThat(onNode).hasSize(9).allSatisfy((p) -> {
			assertThat(p.phase()).isEqualTo("Running");
			assertThat(p.ready()).isFalse();
		});
		assertThat(onNode).filteredOn((p) -> p.state() == PodState.RUNNING_NOT_READY)
			.extracting(PodRow::name)
			.containsExactlyInAnyOrder("aws-node-zs62x", "kube-proxy-8xqnl");
	}

	@Test
	void eksDefaultPodsAndOneCorednsAreTerminatingByTaintManagerEviction() {
		WorkloadsView view = analyze("eks-1.22-node-unreachable");
		List<PodRow> terminating = view.pods().attention().stream()
			.filter((p) -> p.state() == PodState.TERMINATING)
			.toList();
		assertThat(terminating).allSatisfy((p) -> assertThat(p.deletion()).isNotNull());
		assertThat(terminating).filteredOn((p) -> p.namespace().equals("default")).hasSize(6);
		assertThat(terminating).filteredOn((p) -> p.namespace().equals("kube-system"))
			.extracting(PodRow::name)
			.containsExactly("coredns-5db97b446d-v6rvz");
		assertThat(count(view, PodState.TERMINATING)).isEqualTo(7);
		EventGroup eviction = group(view, "Normal", "TaintManagerEviction");
		assertThat(eviction.events()).isEqualTo(7);
		assertThat(eviction.objects()).contains("Pod default/accounts-db-0");
	}

	@Test
	void eksCorednsWantsTwoHasThreePodsOneTerminating() {
		ControllerRow coredns = controller(analyze("eks-1.22-node-unreachable"), "Deployment", "coredns");
		assertThat(coredns.desired()).isEqualTo(2);
		assertThat(coredns.pods()).isEqualTo(3);
		assertThat(coredns.terminating()).isEqualTo(1);
	}

	@Test
	void eksAwsNodeAndKubeProxyDaemonSetsWantThreeHaveTwoReady() {
		WorkloadsView view = analyze("eks-1.22-node-unreachable");
		for (String name : List.of("aws-node", "kube-proxy")) {
			ControllerRow row = controller(view, "DaemonSet", name);
			assertThat(row.desired()).as(name).isEqualTo(3);
			assertThat(row.ready()).as(name).isEqualTo(2);
			assertThat(row.why()).as(name).isEqualTo("NodeNotReady: Node is not ready");
		}
		assertThat(view.controllers().attention().get(0).missing()).isEqualTo(1);
	}

	@Test
	void eksEventsNameNodesThatAreNotNodesAndAreNotCounted() {
		WorkloadsView view = analyze("eks-1.22-node-unreachable");
		assertThat(view.events().goneNodes()).contains("ip-172-31-2-49.us-east-2.compute.internal",
				"ip-172-31-38-82.us-east-2.compute.internal");
		assertThat(view.events().goneNodesText()).contains("not counted as nodes");
		assertThat(group(view, "Normal", "NodeNotReady").objects())
			.contains("Node ip-172-31-2-49.us-east-2.compute.internal");
		assertThat(view.nodes().rows()).hasSize(3)
			.noneMatch((n) -> n.name().startsWith("ip-172-31-2-49") || n.name().startsWith("ip-172-31-38-82"));
	}

	@Test
	void eksFailedSchedulingIsFromEarlierMomentsAndNoNodeIsCordoned() {
		WorkloadsView view = analyze("eks-1.22-node-unreachable");
		EventGroup scheduling = group(view, "Warning", "FailedScheduling");
		assertThat(scheduling.message()).startsWith("0/3 nodes are available");
		assertThat(scheduling.note()).contains("the last at 2022-08-03T15:08:54Z, not the present")
			.contains("Now: 3 nodes, 0 of them cordoned");
		assertThat(view.nodes().unschedulable()).isZero();
		assertThat(view.nodes().rows()).noneMatch(NodeRow::unschedulable);
	}

	@Test
	void kubeadmHasThreeReadyNodesAndTheControlPlaneTaint() {
		WorkloadsView view = analyze("kubeadm-1.21-calico");
		assertThat(view.nodes().rows()).hasSize(3).allMatch(NodeRow::isReady);
		assertThat(node(view, "k8s-controller1").taints()).singleElement().satisfies((taint) -> {
			assertThat(taint.taint()).isEqualTo("node-role.kubernetes.io/master");
			assertThat(taint.effect()).isEqualTo("NoSchedule");
		});
		assertThat(node(view, "k8s-worker1").taints()).isEmpty();
		assertThat(node(view, "k8s-worker2").taints()).isEmpty();
		assertThat(view.nodes().instanceTypes()).containsExactly("no instance-type label × 3");
	}

	@Test
	void nodesOnlyDumpSaysPodsControllersAndEventsWereNotCollected() {
		WorkloadsView view = new WorkloadsAnalyzer().analyze(RealWorld.nodesOnly(), EN);
		assertThat(view.pods().known()).isFalse();
		assertThat(view.pods().unread()).isEqualTo("pods: not in this snapshot, so unknown");
		assertThat(view.pods().counts()).isEmpty();
		assertThat(view.controllers().kindsRead()).isZero();
		assertThat(view.controllers().unread()).containsExactly(
				"deployments.apps: not in this snapshot, so unknown",
				"daemonsets.apps: not in this snapshot, so unknown",
				"statefulsets.apps: not in this snapshot, so unknown");
		assertThat(view.events().unread()).isEqualTo("events: not in this snapshot, so unknown");
		assertThat(view.nodes().unread()).isEmpty();
	}

}
