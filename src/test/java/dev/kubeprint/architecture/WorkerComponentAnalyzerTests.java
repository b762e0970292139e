package dev.kubeprint.architecture;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.health.Health;
import dev.kubeprint.health.ComponentView;

import static dev.kubeprint.testing.ClusterYaml.daemonSet;
import static dev.kubeprint.testing.ClusterYaml.node;
import static dev.kubeprint.testing.ClusterYaml.version;
import static dev.kubeprint.health.ControlPlaneAnalyzerTests.component;
import static org.assertj.core.api.Assertions.assertThat;

class WorkerComponentAnalyzerTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final WorkerComponentAnalyzer analyzer = new WorkerComponentAnalyzer(ReferenceCatalog.load());

	@Test
	void notReadyNodesAreNamed() {
		ClusterFacts facts = TestFacts.yaml(node("w-1", "", "a", "z", "True"), node("w-2", "", "a", "z", "Unknown"),
				node("w-3", "", "a", "z", "True"))
			.build();
		ComponentView kubelet = component(analyzer.analyze(facts, EN), "kubelet");
		assertThat(kubelet.health()).isEqualTo(Health.DEGRADED);
		assertThat(kubelet.summary()).isEqualTo("2/3 ready");
		assertThat(kubelet.reason()).isEqualTo("1 of 3 nodes not Ready: w-2");
		assertThat(kubelet.ports()).isEqualTo("10250/10255");
	}

	@Test
	void kubeProxyFromItsDaemonSetOrReplacedByCilium() {
		ClusterFacts partial = TestFacts.yaml(daemonSet("kube-proxy", 24, 23, "registry.k8s.io/kube-proxy:v1.30.6"))
			.build();
		ComponentView proxy = component(analyzer.analyze(partial, EN), "kube-proxy");
		assertThat(proxy.health()).isEqualTo(Health.DEGRADED);
		assertThat(proxy.reason()).isEqualTo("kube-proxy: 1 of 24 pods not ready");

		ClusterFacts cilium = TestFacts.yaml(daemonSet("cilium", 3, 3, "quay.io/cilium/cilium:v1.16.3"), """
				apiVersion: v1
				kind: ConfigMap
				metadata: {name: cilium-config, namespace: kube-system}
				data: {kube-proxy-replacement: "true", routing-mode: native}
				""").build();
		List<ComponentView> components = analyzer.analyze(cilium, EN);
		assertThat(component(components, "kube-proxy").health()).isEqualTo(Health.NOT_APPLICABLE);
		assertThat(component(components, "kube-proxy").reason()).contains("replaced by Cilium");
		assertThat(component(components, "cni-plugin").haLive()).isEqualTo("Cilium");
	}

	@Test
	void cniIsRecognisedByDaemonSetNameOrImage() {
		ClusterFacts byName = TestFacts.yaml(daemonSet("calico-node", 4, 4, "docker.io/calico/node:v3.28.2")).build();
		ComponentView calico = component(analyzer.analyze(byName, EN), "cni-plugin");
		assertThat(calico.haLive()).isEqualTo("Calico");
		assertThat(calico.health()).isEqualTo(Health.HEALTHY);
		ClusterFacts byImage = TestFacts.yaml(daemonSet("net-agent", 4, 0, "docker.io/flannel/flannel:v0.25.6")).build();
		ComponentView flannel = component(analyzer.analyze(byImage, EN), "cni-plugin");
		assertThat(flannel.haLive()).isEqualTo("Flannel");
		assertThat(flannel.health()).isEqualTo(Health.DOWN);
		ClusterFacts none = TestFacts.yaml(daemonSet("fluent-bit", 4, 4, "fluent/fluent-bit")).build();
		assertThat(component(analyzer.analyze(none, EN), "cni-plugin").health()).isEqualTo(Health.UNKNOWN);
	}

	// This test used to flag any docker node once the API server was 1.24+: a Ready node whose 1.24+ kubelet reports
	// docker runs cri-dockerd, which is fine. Only docker on a 1.24+ node that is not Ready is flagged.
	@Test
	void dockerOnANotReadyNodeWithA124KubeletIsFlaggedAndOnAReadyOneIsNot() {
		String down = node("old-1", "", "a", "z", "False").replace("containerd://1.7.22", "docker://20.10.24");
		String ready = node("old-2", "", "a", "z", "True").replace("containerd://1.7.22", "docker://20.10.24");
		ClusterFacts facts = TestFacts.yaml(down, node("new-1", "", "a", "z", "True"))
			.file("version.json", version("v1.30.6"))
			.build();
		ComponentView runtime = component(analyzer.analyze(facts, EN), "container-runtime");
		assertThat(runtime.health()).isEqualTo(Health.DEGRADED);
		assertThat(runtime.reason()).contains("cri-dockerd").contains("old-1");
		assertThat(runtime.summary()).isEqualTo("containerd 1.7.22 ×1, docker 20.10.24 ×1");
		ClusterFacts fine = TestFacts.yaml(ready, node("new-1", "", "a", "z", "True"))
			.file("version.json", version("v1.30.6"))
			.build();
		assertThat(component(analyzer.analyze(fine, EN), "container-runtime").health()).isEqualTo(Health.HEALTHY);
	}

	/** The overview's CNI row reads the network page's detection: the same name, the same unknowns. */
	@Test
	void cniChipNamesKubenetOrSaysWhatWasNotCollected() {
		ComponentView aks = component(analyzer.analyze(dev.kubeprint.testing.RealWorld.facts("aks-1.16-kubenet"), EN),
				"cni-plugin");
		assertThat(aks.summary()).isEqualTo("kubenet");
		assertThat(aks.reason()).startsWith("kubenet (inference: no CNI agent, pods on node podCIDRs)");
		ComponentView kind = component(analyzer.analyze(dev.kubeprint.testing.RealWorld.facts("kind-1.21-sonobuoy"), EN),
				"cni-plugin");
		assertThat(kind.reason()).startsWith("kindnet: ");
		ComponentView nodesOnly = component(analyzer.analyze(dev.kubeprint.testing.RealWorld.nodesOnly(), EN), "cni-plugin");
		assertThat(nodesOnly.health()).isEqualTo(Health.UNKNOWN);
		assertThat(nodesOnly.reason()).startsWith("unknown: DaemonSets were not collected").doesNotContain("No known CNI");
	}

}
