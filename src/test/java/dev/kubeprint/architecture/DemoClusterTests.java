package dev.kubeprint.architecture;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.config.KubeprintProperties;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.testing.TestProperties;
import dev.kubeprint.health.Health;
import dev.kubeprint.health.ComponentView;

import static dev.kubeprint.health.ControlPlaneAnalyzerTests.component;
import static org.assertj.core.api.Assertions.assertThat;

/** The bundled demo is a realistic kubeadm cluster: its HA facts are found, and its problems are shown. */
class DemoClusterTests {

	private static ClusterFacts demo;

	private static ArchitectureView view;

	@BeforeAll
	static void analyzeDemo() {
		demo = TestFacts.demo();
		KubeprintProperties properties = TestProperties.of(java.util.Map.of());
		view = new ArchitectureAnalyzer(ReferenceCatalog.load(), properties).analyze(demo, Texts.of(Locale.ENGLISH));
	}

	@Test
	void theDemoReadsWithoutProblems() {
		assertThat(demo.problems()).isEmpty();
		assertThat(demo.nodes()).hasSizeGreaterThanOrEqualTo(23);
		assertThat(demo.serverVersion()).hasValueSatisfying((v) -> assertThat(v.gitVersion()).isEqualTo("v1.30.6"));
	}

	@Test
	void controlPlaneHaIsFoundInTheDemo() {
		ComponentView apiserver = component(view.controlPlane(), "kube-apiserver");
		assertThat(apiserver.haLive()).isEqualTo("3 instances behind apiserver.prod.internal:6443 (controlPlaneEndpoint)");
		assertThat(apiserver.health()).isEqualTo(Health.HEALTHY);
		ComponentView etcd = component(view.controlPlane(), "etcd");
		assertThat(etcd.haLive()).isEqualTo("3 members stacked on control-plane nodes (from --initial-cluster on "
				+ "etcd-cp-3), quorum needs 2, tolerates 1 failed members");
		assertThat(etcd.instances()).extracting(ComponentView.InstanceView::node).containsExactly("cp-1", "cp-2", "cp-3");
		assertThat(component(view.controlPlane(), "kube-scheduler").haLive())
			.startsWith("3 replicas, leader election, holder cp-2 renewed");
		assertThat(component(view.controlPlane(), "kube-controller-manager").haLive())
			.startsWith("3 replicas, leader election, holder cp-1 renewed");
		assertThat(component(view.controlPlane(), "cloud-controller-manager").haLive())
			.startsWith("2 replicas, leader election, holder cp-3 renewed");
	}

	@Test
	void theDemosDeliberateProblemsShow() {
		ComponentView kubelet = component(view.workers(), "kubelet");
		assertThat(kubelet.health()).isEqualTo(Health.DEGRADED);
		assertThat(kubelet.reason()).contains("general-7");
		assertThat(component(view.workers(), "kube-proxy").reason()).isEqualTo("kube-proxy: 1 of 24 pods not ready");
		assertThat(component(view.workers(), "cni-plugin").haLive()).isEqualTo("Calico");
		assertThat(view.nodeGroups()).extracting(NodeGroupView::pool).containsExactly("", "general", "gpu", "memory");
		NodeGroupView memory = view.nodeGroups().stream().filter((g) -> g.pool().equals("memory")).findFirst().orElseThrow();
		assertThat(memory.problemNodes()).singleElement().satisfies((n) -> {
			assertThat(n.name()).isEqualTo("memory-4");
			assertThat(n.reason()).isEqualTo("DiskPressure");
		});
		assertThat(view.diagram().cards()).filteredOn((c) -> c.title().equals("worker · memory"))
			.singleElement()
			.satisfies((c) -> assertThat(c.counts()).isEqualTo("6 nodes · 6 ready · 1 degraded"));
		assertThat(view.summary().pendingPods()).isGreaterThanOrEqualTo(4);
		assertThat(view.diagram().grouped()).isTrue();
	}

	@Test
	void theOverviewCountsRunningPodsThatAreNotReady() {
		// general-7's DaemonSet pods still say Running; only their Ready condition tells (and CoreDNS on general-4,
		// Running while it backs off between OOM kills)
		assertThat(view.summary().runningPods()).isEqualTo(135);
		assertThat(view.summary().notReadyPods()).isEqualTo(10);
		// the README's three pods on general-7 evicted by the taint manager
		assertThat(view.summary().terminatingPods()).isEqualTo(3);
	}

}
