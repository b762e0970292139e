package dev.kubeprint.checklist;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.KubeJson;

import static org.assertj.core.api.Assertions.assertThat;

/** The runtime each kubelet reports, and kube-proxy per node and its mode. */
class NodeAgentChecklistChecksTests {

	@Test
	void theRuntimeAsEachKubeletReportsIt() {
		ClusterFacts facts = KubeJson.facts(KubeJson.node("a"), KubeJson.node("b").runtime(""),
				KubeJson.node("c").runtime("docker://24.0.7").kubelet("v1.28.7"),
				KubeJson.node("d").runtime("docker://24.0.7").kubelet("v1.28.7").ready("False"),
				KubeJson.node("e").runtime("docker://20.10.13").kubelet("v1.22.9"), KubeJson.node("f").ready("Unknown"))
			.build();
		Finding containerd = Checklist.one(facts, NodeAgentChecklistChecks.RUNTIME, "a");
		assertThat(containerd.level()).isEqualTo(FindingLevel.OK);
		assertThat(containerd.summary()).isEqualTo("containerd 1.7.22, answering (the node is Ready)");
		assertThat(containerd.command()).isEqualTo("kubectl get node a -o jsonpath='{.status.nodeInfo.containerRuntimeVersion}'");
		assertThat(Checklist.one(facts, NodeAgentChecklistChecks.RUNTIME, "b").level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(Checklist.one(facts, NodeAgentChecklistChecks.RUNTIME, "c").level()).isEqualTo(FindingLevel.OK);
		Finding criDockerdDown = Checklist.one(facts, NodeAgentChecklistChecks.RUNTIME, "d");
		assertThat(criDockerdDown.level()).isEqualTo(FindingLevel.WARNING);
		assertThat(criDockerdDown.panel().page()).isEqualTo("versions");
		assertThat(Checklist.one(facts, NodeAgentChecklistChecks.RUNTIME, "e").level()).isEqualTo(FindingLevel.INFO);
		assertThat(Checklist.one(facts, NodeAgentChecklistChecks.RUNTIME, "f")).satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).contains("whether the runtime answers is unknown");
		});
	}

	@Test
	void aKubeProxyPodPerNodeAndItsMode() {
		ClusterFacts facts = KubeJson.facts(KubeJson.node("a"), KubeJson.node("b"), KubeJson.node("c"),
				KubeJson.daemonSetPod("kube-proxy-1", "kube-proxy", "a", true, "/usr/local/bin/kube-proxy", "--proxy-mode=ipvs"),
				KubeJson.daemonSetPod("kube-proxy-2", "kube-proxy", "b", false, "/usr/local/bin/kube-proxy", "--proxy-mode=ipvs"))
			.build();
		List<Finding> proxy = Checklist.of(facts, NodeAgentChecklistChecks.KUBE_PROXY);
		assertThat(proxy.get(0)).satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.INFO);
			assertThat(f.summary()).isEqualTo("mode ipvs (--proxy-mode=ipvs)");
		});
		assertThat(Checklist.one(facts, NodeAgentChecklistChecks.KUBE_PROXY, "a").level()).isEqualTo(FindingLevel.OK);
		Finding notReady = Checklist.one(facts, NodeAgentChecklistChecks.KUBE_PROXY, "b");
		assertThat(notReady.level()).isEqualTo(FindingLevel.WARNING);
		assertThat(notReady.command()).isEqualTo("kubectl logs -n kube-system kube-proxy-2 --tail=100");
		assertThat(Checklist.one(facts, NodeAgentChecklistChecks.KUBE_PROXY, "c")).satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.WARNING);
			assertThat(f.summary()).isEqualTo("No kube-proxy pod on this node");
		});
	}

	@Test
	void replacedByTheCniIsInformationNotAFailure() {
		ClusterFacts facts = KubeJson.facts(KubeJson.node("a"),
				KubeJson.configMap("kube-system", "cilium-config", Map.of("kube-proxy-replacement", "true")))
			.build();
		assertThat(Checklist.of(facts, NodeAgentChecklistChecks.KUBE_PROXY)).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.INFO);
			assertThat(f.summary()).startsWith("kube-proxy is replaced by Cilium (kube-proxy-replacement=true)");
			assertThat(f.panel().page()).isEqualTo("network");
		});
	}

	@Test
	void aConfigFileNotInTheDataLeavesTheModeUnknownAndPodsNotCollectedTheRest() {
		ClusterFacts config = KubeJson.facts(KubeJson.node("a"),
				KubeJson.daemonSetPod("kube-proxy-1", "kube-proxy", "a", true, "kube-proxy", "--config=/var/lib/kube-proxy/config.conf"))
			.unavailable(FactKind.CONFIG_MAPS, Availability.notCollected("not in this snapshot"))
			.build();
		assertThat(Checklist.one(config, NodeAgentChecklistChecks.KUBE_PROXY, "kube-proxy mode")).satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).isEqualTo("mode unknown (--config=/var/lib/kube-proxy/config.conf)");
		});
		ClusterFacts noPods = KubeJson.facts(KubeJson.node("a"))
			.unavailable(FactKind.PODS, Availability.notCollected("not in this snapshot"))
			.unavailable(FactKind.CONFIG_MAPS, Availability.notCollected("not in this snapshot"))
			.build();
		assertThat(Checklist.of(noPods, NodeAgentChecklistChecks.KUBE_PROXY)).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).isEqualTo("Pod objects cannot be read (NOT_COLLECTED): not in this snapshot");
		});
	}

}
