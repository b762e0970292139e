package dev.kubeprint.network;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.NetworkView.CniView;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** The pod networks without a CNI agent of the reference's table, each named only from what proves it. */
class AgentlessCniTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static CniView cni(ClusterFacts facts) {
		return new NetworkAnalyzer(ReferenceCatalog.load()).analyze(facts, EN).cni();
	}

	private static String node(String name, String podCidr, String ip, String readyStatus, String message) {
		return """
				apiVersion: v1
				kind: Node
				metadata:
				  name: %s
				spec:
				  podCIDR: %s
				status:
				  addresses:
				  - {type: InternalIP, address: %s}
				  conditions:
				  - {type: Ready, status: "%s", reason: KubeletNotReady, message: "%s"}
				""".formatted(name, podCidr, ip, readyStatus, message);
	}

	private static String pod(String name, String node, String ip) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: default}
				spec:
				  nodeName: %s
				  containers: [{name: c, image: app:1}]
				status: {phase: Running, podIP: %s}
				""".formatted(name, node, ip);
	}

	private static String daemonSet(String name, String image) {
		return """
				apiVersion: apps/v1
				kind: DaemonSet
				metadata: {name: %s, namespace: kube-system}
				spec:
				  template:
				    spec:
				      containers: [{name: c, image: "%s"}]
				status: {desiredNumberScheduled: 2, numberReady: 1, numberAvailable: 1}
				""".formatted(name, image);
	}

	@Test
	void kindnetByItsDaemonSet() {
		CniView cni = cni(TestFacts.yaml(node("kind-control-plane", "10.244.0.0/24", "172.18.0.2", "True", ""),
				daemonSet("kindnet", "docker.io/kindest/kindnetd:v20210326-1e038dc5")).build());
		assertThat(cni.id()).isEqualTo("kindnet");
		assertThat(cni.evidence()).containsExactly("DaemonSet kube-system/kindnet (docker.io/kindest/kindnetd:v20210326-1e038dc5)");
		assertThat(cni.ready()).isEqualTo("1/2 agent pods ready");
	}

	@Test
	void dockerDesktopByItsNode() {
		CniView cni = cni(TestFacts.yaml(node("docker-desktop", "10.1.0.0/24", "192.168.65.3", "True", ""),
				pod("web", "docker-desktop", "10.1.0.7")).build());
		assertThat(cni.id()).isEqualTo("docker-desktop");
		assertThat(cni.name()).isEqualTo("Docker Desktop built-in network");
		assertThat(cni.evidence()).singleElement().asString().startsWith("node docker-desktop");
	}

	@Test
	void noneInstalledByTheKubeletsNotReadyMessage() {
		CniView cni = cni(TestFacts.yaml(node("cp-1", "10.244.0.0/24", "10.0.0.5", "False",
				"container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized"))
			.build());
		assertThat(cni.id()).isEqualTo("none");
		assertThat(cni.name()).isEqualTo("No CNI installed");
		assertThat(cni.evidence()).singleElement().asString().startsWith("node cp-1 NotReady: container runtime")
			.contains("cni config uninitialized");
	}

	@Test
	void aReadyNodeNeverProvesThatNoCniIsInstalled() {
		// The same words in a Ready node's message are history, not the present.
		CniView cni = cni(TestFacts.yaml(node("cp-1", "10.244.0.0/24", "10.0.0.5", "True",
				"network plugin is not ready: cni config uninitialized")).build());
		assertThat(cni.id()).isNotEqualTo("none");
	}

	@Test
	void kubenetByInferenceFromPodsOnTheirNodeBlock() {
		CniView cni = cni(TestFacts.yaml(node("aks-1", "10.244.0.0/24", "10.240.0.4", "True", ""),
				daemonSet("kube-proxy", "mcr.microsoft.com/oss/kubernetes/hyperkube:v1.16.7"),
				pod("web", "aks-1", "10.244.0.12")).build());
		assertThat(cni.id()).isEqualTo("kubenet");
		assertThat(cni.evidence()).containsExactly("no CNI agent among the 1 DaemonSets",
				"pod IPs inside node aks-1 podCIDR 10.244.0.0/24, not its address 10.240.0.4");
	}

	@Test
	void kubenetIsNotClaimedWhenPodsWereNotCollected() {
		CniView cni = cni(TestFacts.yaml(node("aks-1", "10.244.0.0/24", "10.240.0.4", "True", ""),
				daemonSet("kube-proxy", "mcr.microsoft.com/oss/kubernetes/hyperkube:v1.16.7"))
			.unavailable(FactKind.PODS, Availability.notCollected("not in this snapshot"))
			.build());
		assertThat(cni.id()).isEmpty();
		assertThat(cni.name()).contains("pods (not in this snapshot)");
	}

}
