package dev.kubeprint.network;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.NetworkView.CniView;
import dev.kubeprint.network.NetworkView.NodeNetwork;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** What the nodes say about the pod network, shown with the annotation or condition it was read from. */
class NodeEvidenceTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final String FLANNEL = """
			apiVersion: apps/v1
			kind: DaemonSet
			metadata: {name: kube-flannel-ds, namespace: kube-flannel}
			spec:
			  template:
			    spec:
			      containers: [{name: c, image: "docker.io/flannel/flannel:v0.25.5"}]
			status: {desiredNumberScheduled: 2, numberReady: 2, numberAvailable: 2}
			""";

	private static String node(String name, String annotations, String reason) {
		return """
				apiVersion: v1
				kind: Node
				metadata:
				  name: %s
				  annotations: {%s}
				status:
				  conditions:
				  - {type: NetworkUnavailable, status: "False", reason: %s}
				  - {type: Ready, status: "True"}
				""".formatted(name, annotations, reason);
	}

	private static CniView cni(String... docs) {
		return new NetworkAnalyzer(ReferenceCatalog.load()).analyze(TestFacts.yaml(docs).build(), EN).cni();
	}

	@Test
	void flannelBackendFromTheNodeAnnotationWithItsBasisAndFlannelIsUpPerReason() {
		CniView cni = cni(FLANNEL, node("n1", "flannel.alpha.coreos.com/backend-type: vxlan", "FlannelIsUp"),
				node("n2", "flannel.alpha.coreos.com/backend-type: vxlan", "FlannelIsUp"));
		assertThat(cni.id()).isEqualTo("flannel");
		assertThat(cni.mode()).isEqualTo("vxlan");
		assertThat(cni.modeSource()).isEqualTo("node annotation flannel.alpha.coreos.com/backend-type=vxlan on n1, n2");
		assertThat(cni.nodes()).containsExactly(
				new NodeNetwork("n1, n2", "NetworkUnavailable=False (FlannelIsUp)", "node condition NetworkUnavailable"));
	}

	@Test
	void flannelBackendUnknownWhenNeitherNetConfNorAnnotationIsInTheData() {
		CniView cni = cni(FLANNEL, node("n1", "", "FlannelIsUp"));
		assertThat(cni.mode()).isEmpty();
		assertThat(cni.modeShown()).isEqualTo("—");
		assertThat(cni.modeSource()).isEqualTo(
				"unknown: neither kube-flannel-cfg net-conf.json nor the node annotation flannel.alpha.coreos.com/backend-type is in the data");
	}

	@Test
	void routeCreatedAndCalicoIsUpAreShownAsTheyAreReported() {
		CniView cni = cni(node("gke-1", "", "RouteCreated"), node("cal-1", "", "CalicoIsUp"));
		assertThat(cni.nodes()).extracting(NodeNetwork::node, NodeNetwork::value).containsExactly(
				org.assertj.core.groups.Tuple.tuple("gke-1", "NetworkUnavailable=False (RouteCreated)"),
				org.assertj.core.groups.Tuple.tuple("cal-1", "NetworkUnavailable=False (CalicoIsUp)"));
	}

	@Test
	void calicoIpamIsNotClaimedWithoutATunnelAddress() {
		CniView cni = cni("""
				apiVersion: apps/v1
				kind: DaemonSet
				metadata: {name: calico-node, namespace: kube-system}
				spec:
				  template:
				    spec:
				      containers: [{name: c, image: "calico/node:v3.27.0"}]
				""", node("n1", "projectcalico.org/IPv4Address: 10.0.0.4/24", "CalicoIsUp"));
		assertThat(cni.notes()).noneMatch((n) -> n.contains("IPAM"));
		assertThat(cni.nodes()).contains(new NodeNetwork("n1", "10.0.0.4/24 (the node address Calico routes by)",
				"projectcalico.org/IPv4Address"));
	}

}
