package dev.kubeprint.cluster.etcd;

import org.junit.jupiter.api.Test;

import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

class EtcdDiscoveryTests {

	/** Flags are quoted: in a YAML flow sequence their commas would split them. */
	private static String pod(String name, String component, String... flags) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: kube-system, labels: {component: %s, tier: control-plane}}
				spec: {nodeName: cp-1, containers: [{name: c, command: [%s, %s]}]}
				status: {phase: Running, conditions: [{type: Ready, status: "True"}]}
				""".formatted(name, component, component, "\"" + String.join("\", \"", flags) + "\"");
	}

	@Test
	void stackedKubeadmEtcdIsFoundByItsAdvertisedClientUrlsNotTheApiServersLoopback() {
		var facts = TestFacts.yaml(
				pod("etcd-cp-1", "etcd", "--advertise-client-urls=https://10.0.0.11:2379",
						"--listen-client-urls=https://127.0.0.1:2379,https://10.0.0.11:2379"),
				pod("etcd-cp-2", "etcd", "--advertise-client-urls=https://10.0.0.12:2379"),
				pod("kube-apiserver-cp-1", "kube-apiserver", "--etcd-servers=https://127.0.0.1:2379"))
			.build();
		assertThat(EtcdDiscovery.endpoints(facts)).containsExactly("https://10.0.0.11:2379", "https://10.0.0.12:2379");
	}

	@Test
	void externalEtcdIsFoundThroughTheApiServersFlag() {
		var facts = TestFacts.yaml(pod("kube-apiserver-cp-1", "kube-apiserver",
				"--etcd-servers=https://etcd-0.example.com:2379,https://etcd-1.example.com:2379,https://[::1]:2379"))
			.build();
		assertThat(EtcdDiscovery.endpoints(facts)).containsExactly("https://etcd-0.example.com:2379",
				"https://etcd-1.example.com:2379");
	}

	@Test
	void aClusterThatDoesNotTellGivesNothing() {
		assertThat(EtcdDiscovery.endpoints(TestFacts.yaml(pod("kube-scheduler-cp-1", "kube-scheduler",
				"--leader-elect=true")).build())).isEmpty();
	}

}
