package dev.kubeprint.nodes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kubeprint.config.KubeprintProperties.NodeGroupingProperties;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.nodes.NodesView.NodeRow;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.workloads.WorkloadsAnalyzer;
import dev.kubeprint.workloads.WorkloadsView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The "Nodes" expectations of ../shared/realworld, read from the nodes page's view (its JSON twin). */
class RealWorldNodesTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final NodesAnalyzer ANALYZER = new NodesAnalyzer(
			new NodeGroupingProperties(List.of("agentpool"), List.of("topology.kubernetes.io/zone")), Set.of());

	private static NodesView analyze(String dump) {
		return ANALYZER.analyze(RealWorld.facts(dump), EN);
	}

	@Test
	void aksHasOneReadyNodeOnUbuntu16046AndDocker3010Azure() {
		NodesView view = analyze("aks-1.16-kubenet");
		assertThat(view.summary().nodes()).isEqualTo(1);
		assertThat(view.summary().ready()).isEqualTo(1);
		assertThat(view.rows()).singleElement().satisfies((n) -> {
			assertThat(n.name()).isEqualTo("aks-nodepool1-28869405-vmss000000");
			assertThat(n.health()).isEqualTo(Health.HEALTHY);
			assertThat(n.osImage()).isEqualTo("Ubuntu 16.04.6 LTS");
			assertThat(n.runtime()).isEqualTo("docker");
			assertThat(n.runtimeVersion()).isEqualTo("3.0.10+azure");
		});
	}

	@Test
	void rke2HasOneReadyUbuntu24043NodeWithControlPlaneEtcdAndMasterRoles() {
		NodesView view = analyze("rke2-1.33-cilium");
		assertThat(view.summary().nodes()).isEqualTo(1);
		assertThat(view.summary().ready()).isEqualTo(1);
		assertThat(view.rows()).singleElement().satisfies((n) -> {
			assertThat(n.health()).isEqualTo(Health.HEALTHY);
			assertThat(n.osImage()).startsWith("Ubuntu 24.04.3");
			assertThat(n.roles()).isEqualTo("control-plane, etcd, master");
			assertThat(n.kubeletVersion()).isEqualTo("v1.33.5+rke2r1");
			assertThat(n.runtime() + "://" + n.runtimeVersion()).isEqualTo("containerd://2.1.4-k3s2");
		});
	}

	@Test
	void kindOneNodeIsControlPlaneAndWorkerAtOnceWithNoTaints() {
		NodesView view = analyze("kind-1.21-sonobuoy");
		assertThat(view.rows()).singleElement().satisfies((n) -> {
			assertThat(n.name()).isEqualTo("kind-control-plane");
			assertThat(n.roles()).isEqualTo("control-plane, master");
			assertThat(n.health()).isEqualTo(Health.HEALTHY);
		});
		WorkloadsView workloads = new WorkloadsAnalyzer().analyze(RealWorld.facts("kind-1.21-sonobuoy"), EN);
		assertThat(workloads.nodes().rows()).singleElement().satisfies((n) -> {
			assertThat(n.taints()).as("no taints: workloads schedule on the control plane").isEmpty();
			assertThat(n.unschedulable()).isFalse();
		});
	}

	@Test
	void kindNodeIsTheUbuntu2104KindImageOnContainerd152() {
		NodeRow node = analyze("kind-1.21-sonobuoy").rows().get(0);
		assertThat(node.osImage()).isEqualTo("Ubuntu 21.04");
		assertThat(node.runtime()).isEqualTo("containerd");
		assertThat(node.runtimeVersion()).isEqualTo("1.5.2");
		assertThat(node.kubeletVersion()).isEqualTo("v1.21.1");
	}

	@Test
	void eks122ThreeNodesOnAmazonLinux2AndDocker201013OnePerZone() {
		NodesView view = analyze("eks-1.22-node-unreachable");
		assertThat(view.summary().nodes()).isEqualTo(3);
		assertThat(view.rows()).extracting(NodeRow::osImage, NodeRow::runtime, NodeRow::runtimeVersion)
			.containsOnly(tuple("Amazon Linux 2", "docker", "20.10.13"));
		assertThat(view.rows()).extracting(NodeRow::zone)
			.containsExactlyInAnyOrder("us-east-2a", "us-east-2b", "us-east-2c");
		assertThat(view.summary().ready()).isEqualTo(2);
		assertThat(view.summary().notReady()).isEqualTo(1);
		assertThat(view.summary().cordoned()).as("no node has spec.unschedulable").isZero();
	}

	@Test
	void kubeadm121ThreeReadyNodesOnDocker19312OneControlPlaneTwoWorkers() {
		NodesView view = analyze("kubeadm-1.21-calico");
		assertThat(view.summary().ready()).isEqualTo(3);
		assertThat(view.rows()).extracting(NodeRow::runtime, NodeRow::runtimeVersion, NodeRow::kubeletVersion)
			.containsOnly(tuple("docker", "19.3.12", "v1.21.0"));
		assertThat(view.rows()).filteredOn((n) -> n.roles().contains("control-plane") || n.roles().contains("master"))
			.extracting(NodeRow::name)
			.containsExactly("k8s-controller1");
	}

	@Test
	void kindKubeletConfigSaysCgroupfsAndClusterDns10960010() {
		NodesView.KubeletView kubelet = analyze("kind-1.21-sonobuoy").kubelet();
		assertThat(kubelet.state()).isEqualTo("READ");
		assertThat(kubelet.cgroupDriver()).isEqualTo("cgroupfs");
		assertThat(kubelet.clusterDns()).containsExactly("10.96.0.10");
		assertThat(kubelet.configMap()).as("kubeadm before 1.24 names it after the minor version")
			.isEqualTo("kube-system/kubelet-config-1.21");
		assertThat(kubelet.text()).isEqualTo("cgroupDriver cgroupfs · clusterDNS 10.96.0.10");
		assertThat(kubelet.source()).startsWith("from ConfigMap kube-system/kubelet-config-1.21");
	}

	@Test
	void kubeletConfigIsUnknownWhenConfigMapsWereNotCollected() {
		NodesView.KubeletView kubelet = ANALYZER.analyze(RealWorld.nodesOnly(), EN).kubelet();
		assertThat(kubelet.state()).isEqualTo("NOT_COLLECTED");
		assertThat(kubelet.text()).isEqualTo("unknown");
		assertThat(kubelet.source()).startsWith("unknown: ConfigMaps were not collected")
			.doesNotContain("no kubelet-config ConfigMap");
	}

}
