package dev.kubeprint.distribution;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.distribution.DistributionView.Candidate;
import dev.kubeprint.distribution.DistributionView.Confidence;
import dev.kubeprint.distribution.DistributionView.ControlPlane;
import dev.kubeprint.distribution.DistributionView.Evidence;
import dev.kubeprint.health.ControlPlaneAnalyzer;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.HostileStrings;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.distribution.DistributionAnalyzerTests.analyze;
import static dev.kubeprint.distribution.DistributionAnalyzerTests.texts;
import static dev.kubeprint.testing.ClusterYaml.version;
import static org.assertj.core.api.Assertions.assertThat;

/** One small cluster per distribution the real dumps do not cover, and the cases where nothing can be said. */
class DistributionFixtureTests {

	/** A node with only what a test names: no labels, annotations or versions that could give anything away. */
	static String node(String name, String providerId, String labels, String annotations, String kubelet,
			String osImage) {
		return """
				apiVersion: v1
				kind: Node
				metadata: {name: "%s", labels: {%s}, annotations: {%s}}
				spec: {providerID: "%s"}
				status:
				  conditions: [{type: Ready, status: "True"}]
				  nodeInfo: {kubeletVersion: "%s", osImage: "%s", containerRuntimeVersion: "containerd://1.7.22"}
				""".formatted(name, labels, annotations, providerId, kubelet, osImage);
	}

	static String pod(String namespace, String name, String image) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: %s}
				spec: {nodeName: n-1, containers: [{name: c, image: "%s"}]}
				status: {phase: Running}
				""".formatted(name, namespace, image);
	}

	@Test
	void gkeFromItsNodePoolLabelAndVersionSuffix() {
		ClusterFacts facts = TestFacts.yaml(node("gke-prod-default-pool-1a2b3c4d-x9z1",
				"gce://acme-prod/us-central1-a/gke-prod-default-pool-1a2b3c4d-x9z1",
				"cloud.google.com/gke-nodepool: default-pool", "", "v1.29.6-gke.1038001", "Container-Optimized OS from Google"))
			.file("version.json", version("v1.29.6-gke.1038001"))
			.build();
		DistributionView gke = analyze(facts);
		assertThat(gke.id()).isEqualTo("gke");
		assertThat(gke.providerName()).isEqualTo("Google Cloud");
		assertThat(gke.managed()).isTrue();
		assertThat(texts(gke)).contains("API server version v1.29.6-gke.1038001",
				"label cloud.google.com/gke-nodepool=default-pool on node gke-prod-default-pool-1a2b3c4d-x9z1",
				"node name gke-prod-default-pool-1a2b3c4d-x9z1");
	}

	@Test
	void ackFromItsNodePoolLabelsAndSchemelessProviderId() {
		ClusterFacts facts = TestFacts.yaml(node("cn-hangzhou.10.0.0.5", "cn-hangzhou.i-bp1abcdef",
				"alibabacloud.com/nodepool-id: np1a2b, ack.aliyun.com: c9f8e7", "", "v1.30.1-aliyun.1", "Alibaba Cloud Linux 3"))
			.build();
		DistributionView ack = analyze(facts);
		assertThat(ack.id()).isEqualTo("ack");
		assertThat(ack.providerId()).isEqualTo("alibaba");
		assertThat(ack.controlPlane()).isEqualTo(ControlPlane.MANAGED);
		assertThat(texts(ack)).contains("kubelet v1.30.1-aliyun.1 on node cn-hangzhou.10.0.0.5",
				"providerID cn-hangzhou.i-bp1abcdef on node cn-hangzhou.10.0.0.5 (ECS instance id)");
	}

	@Test
	void ackWithMastersOfItsOwnIsNotAManagedControlPlane() {
		ClusterFacts facts = TestFacts.yaml(
				node("master-1", "cn-hangzhou.i-bp1aaa", "ack.aliyun.com: c9f8e7, node-role.kubernetes.io/master: \"\"", "",
						"v1.30.1-aliyun.1", ""),
				node("worker-1", "cn-hangzhou.i-bp1bbb", "ack.aliyun.com: c9f8e7", "", "v1.30.1-aliyun.1", ""))
			.build();
		DistributionView ack = analyze(facts);
		assertThat(ack.id()).isEqualTo("ack");
		assertThat(ack.controlPlane()).isEqualTo(ControlPlane.SELF_MANAGED);
		assertThat(ack.controlPlaneText()).contains("control-plane nodes of its own (master-1)");
	}

	@Test
	void okeIsManagedToo() {
		ClusterFacts facts = TestFacts.yaml(
				node("10.0.10.5", "ocid1.instance.oc1.iad.anuwcljsexample",
						"oke.oraclecloud.com/node.info.private_subnet: \"true\", displayName: oke-c1-n1", "",
						"v1.29.1", "Oracle Linux Server 8.9"),
				pod("kube-system", "proxymux-client-x7k2p", "iad.ocir.io/oke/proxymux-cli:v1"))
			.build();
		DistributionView oke = analyze(facts);
		assertThat(oke.id()).isEqualTo("oke");
		assertThat(oke.providerName()).isEqualTo("Oracle Cloud");
		assertThat(oke.controlPlane()).isEqualTo(ControlPlane.MANAGED);
		assertThat(texts(oke)).contains("pod kube-system/proxymux-client-x7k2p (OKE control-plane tunnel)",
				"providerID ocid1.instance.oc1.iad.anuwcljsexample on node 10.0.10.5");
		assertThat(oke.managed()).isTrue();
		assertThat(oke.name()).isEqualTo("Oracle OKE");
		assertThat(new ControlPlaneAnalyzer(ReferenceCatalog.load()).analyze(facts, DistributionAnalyzerTests.EN, oke))
			.filteredOn((c) -> c.id().equals("kube-apiserver"))
			.singleElement()
			.satisfies((c) -> assertThat(c.health()).isEqualTo(Health.NOT_APPLICABLE));
	}

	@Test
	void k3sFromItsProviderIdKubeletAndNodeArgs() {
		ClusterFacts facts = TestFacts.yaml(node("edge-1", "k3s://edge-1",
				"node-role.kubernetes.io/control-plane: \"true\", node.kubernetes.io/instance-type: k3s",
				"k3s.io/node-args: '[\"server\",\"--disable\",\"traefik\"]'", "v1.30.4+k3s1", "Ubuntu 22.04.4 LTS"))
			.build();
		DistributionView k3s = analyze(facts);
		assertThat(k3s.id()).isEqualTo("k3s");
		assertThat(k3s.controlPlane()).isEqualTo(ControlPlane.SELF_MANAGED);
		assertThat(k3s.providerId()).isEqualTo("unknown");
		assertThat(texts(k3s)).contains("annotation k3s.io/node-args=[\"server\",\"--disable\",\"traefik\"] on node edge-1",
				"kubelet v1.30.4+k3s1 on node edge-1");
	}

	@Test
	void minikubeIsKubeadmBasedAndItsKubeadmEvidenceSupportsIt() {
		ClusterFacts facts = TestFacts.yaml(node("minikube", "",
				"minikube.k8s.io/name: minikube, minikube.k8s.io/version: v1.33.1",
				"kubeadm.alpha.kubernetes.io/cri-socket: unix:///var/run/cri-dockerd.sock", "v1.30.0", "Ubuntu 22.04.4 LTS"))
			.build();
		DistributionView minikube = analyze(facts);
		assertThat(minikube.name()).isEqualTo("minikube (kubeadm-based)");
		assertThat(minikube.providerId()).isEqualTo("local");
		assertThat(minikube.evidence()).extracting(Evidence::pointsAt).contains("minikube (kubeadm-based)", "kubeadm");
		assertThat(minikube.alsoSeen()).isEmpty();
	}

	@Test
	void dockerDesktopFromItsOsImageAndNodeName() {
		ClusterFacts facts = TestFacts.yaml(node("docker-desktop", "", "node-role.kubernetes.io/control-plane: \"\"",
				"kubeadm.alpha.kubernetes.io/cri-socket: unix:///var/run/cri-dockerd.sock", "v1.29.2", "Docker Desktop"))
			.build();
		DistributionView desktop = analyze(facts);
		assertThat(desktop.name()).isEqualTo("Docker Desktop (kubeadm-based)");
		assertThat(texts(desktop)).contains("osImage \"Docker Desktop\" on node docker-desktop", "node name docker-desktop");
	}

	@Test
	void kindFromItsProviderIdAndKubeadmClusterName() {
		ClusterFacts facts = TestFacts.yaml(node("kind-control-plane", "kind://docker/kind/kind-control-plane",
				"node-role.kubernetes.io/control-plane: \"\"",
				"kubeadm.alpha.kubernetes.io/cri-socket: unix:///run/containerd/containerd.sock", "v1.21.1", "Ubuntu 21.04"))
			.file("kubeadm.json", """
					{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"kubeadm-config","namespace":"kube-system"},
					 "data":{"ClusterConfiguration":"apiVersion: kubeadm.k8s.io/v1beta2\\nclusterName: kind\\nkind: ClusterConfiguration\\n"}}
					""")
			.build();
		DistributionView kind = analyze(facts);
		assertThat(kind.id()).isEqualTo("kind");
		assertThat(kind.headline()).isEqualTo("kind (kubeadm-based)");
		assertThat(kind.providerName()).isEqualTo("one local machine (containers or a VM)");
		assertThat(kind.controlPlane()).isEqualTo(ControlPlane.SELF_MANAGED);
		assertThat(texts(kind)).contains(
				"providerID kind://docker/kind/kind-control-plane on node kind-control-plane",
				"ConfigMap kube-system/kubeadm-config says \"clusterName: kind\"", "ConfigMap kube-system/kubeadm-config");
		assertThat(kind.alsoSeen()).isEmpty();
	}

	@Test
	void openShiftOnAwsIsOpenShiftAndTheWeakEksHintIsShownNotChosen() {
		ClusterFacts facts = TestFacts.yaml(node("ip-10-0-1-5.ec2.internal", "aws:///us-east-1a/i-0abc",
				"node.openshift.io/os_id: rhcos", "machineconfiguration.openshift.io/state: Done",
				"v1.28.6+f67aeb3", "Red Hat Enterprise Linux CoreOS 415.92.202402201450-0 (Plow)"))
			.build();
		DistributionView openshift = analyze(facts);
		assertThat(openshift.id()).isEqualTo("openshift");
		assertThat(openshift.providerId()).isEqualTo("aws");
		assertThat(openshift.controlPlane()).isEqualTo(ControlPlane.SELF_MANAGED);
		assertThat(texts(openshift)).contains("label node.openshift.io/os_id=rhcos on node ip-10-0-1-5.ec2.internal",
				"annotation machineconfiguration.openshift.io/state=Done on node ip-10-0-1-5.ec2.internal");
		assertThat(openshift.alsoSeen()).extracting(Candidate::id).containsExactly("eks");
	}

	@Test
	void kubeadmOnEc2IsKubeadmOnAwsNotEks() {
		ClusterFacts facts = TestFacts.yaml(node("cp-1", "aws:///eu-west-1a/i-0cp1",
				"node-role.kubernetes.io/control-plane: \"\"",
				"kubeadm.alpha.kubernetes.io/cri-socket: unix:///run/containerd/containerd.sock", "v1.30.6", "Ubuntu"))
			.build();
		DistributionView view = analyze(facts);
		assertThat(view.id()).isEqualTo("kubeadm");
		assertThat(view.providerId()).isEqualTo("aws");
		assertThat(view.managed()).isFalse();
		assertThat(view.alsoSeen()).extracting(Candidate::id).containsExactly("eks");
	}

	@Test
	void onlyAnAwsProviderIdIsAnInferenceOfEksSaidAsOne() {
		ClusterFacts facts = TestFacts.yaml(node("w-1", "aws:///eu-west-1a/i-0w1", "", "", "v1.30.6", "Ubuntu")).build();
		DistributionView view = analyze(facts);
		assertThat(view.headline()).isEqualTo("Amazon EKS (weak: inference)");
		assertThat(view.confidence()).isEqualTo(Confidence.INFERRED);
		assertThat(view.basis()).contains("an inference, not a proof");
	}

	@Test
	void nothingDistinctiveIsUnknownNotKubeadm() {
		ClusterFacts facts = TestFacts.yaml(node("n-1", "", "kubernetes.io/os: linux", "", "v1.30.6", "Ubuntu 22.04"),
				node("n-2", "", "kubernetes.io/os: linux", "", "v1.30.6", "Ubuntu 22.04"))
			.build();
		DistributionView view = analyze(facts);
		assertThat(view.known()).isFalse();
		assertThat(view.headline()).isEqualTo("unknown");
		assertThat(view.confidence()).isEqualTo(Confidence.NONE);
		assertThat(view.controlPlane()).isEqualTo(ControlPlane.UNKNOWN);
		assertThat(view.evidence()).isEmpty();
		assertThat(view.basis()).contains("kubeadm is not assumed", "nodes: 2");
	}

	@Test
	void nodesNotCollectedIsUnknownAndSaysWhy() {
		ClusterFacts facts = TestFacts.yaml(node("n-1", "azure:///x", "kubernetes.azure.com/cluster: MC_x", "", "", ""))
			.unavailable(FactKind.NODES, Availability.notApplicable("not in this snapshot"))
			.build();
		DistributionView view = analyze(facts);
		assertThat(view.known()).isFalse();
		assertThat(view.controlPlaneText()).isEqualTo("unknown: nodes were not collected (not in this snapshot)");
		assertThat(view.basis()).startsWith("nodes were not collected or could not be read (not in this snapshot)")
			.contains("nodes: not in this snapshot");
	}

	@Test
	void forbiddenNodesAreNamedAsTheReason() {
		ClusterFacts facts = TestFacts.yaml(node("n-1", "", "", "", "", ""))
			.unavailable(FactKind.NODES, Availability.forbidden("list", "nodes", "forbidden: list nodes"))
			.build();
		DistributionView view = analyze(facts);
		assertThat(view.known()).isFalse();
		assertThat(view.basis()).contains("(forbidden: list nodes)");
		assertThat(view.managed()).isFalse();
	}

	@Test
	void aHostileLabelValueIsKeptAsPlainText() {
		ClusterFacts facts = TestFacts.yaml(node("aks-pool-vmss000000", "", "kubernetes.azure.com/cluster: "
				+ HostileStrings.json(HostileStrings.SCRIPT), "", "", ""))
			.build();
		DistributionView view = analyzer().analyze(facts, Texts.of(Locale.ENGLISH));
		assertThat(view.id()).isEqualTo("aks");
		assertThat(texts(view)).contains("label kubernetes.azure.com/cluster=" + HostileStrings.SCRIPT
				+ " on node aks-pool-vmss000000");
	}

	private static DistributionAnalyzer analyzer() {
		return DistributionAnalyzerTests.analyzer;
	}

}
