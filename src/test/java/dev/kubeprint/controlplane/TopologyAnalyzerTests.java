package dev.kubeprint.controlplane;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.controlplane.TopologyView.Mode;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyAnalyzerTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final TopologyAnalyzer analyzer = new TopologyAnalyzer();

	@Test
	void theDemoIsStackedWithItsRealValues() {
		TopologyView view = analyzer.analyze(TestFacts.demo(), "", EN);
		assertThat(view.mode()).isEqualTo(Mode.STACKED);
		assertThat(view.evidence()).startsWith("from kubeadm-config");
		assertThat(view.controlPlaneEndpoint()).isEqualTo("apiserver.prod.internal:6443");
		assertThat(view.apiServers()).containsExactly("cp-1", "cp-2", "cp-3");
		assertThat(view.etcdMembers()).containsExactly("cp-1", "cp-2", "cp-3");
		assertThat(view.settings()).anySatisfy((s) -> {
			assertThat(s.key()).isEqualTo("etcd --quota-backend-bytes");
			assertThat(s.value()).isEqualTo("8589934592");
		}).anySatisfy((s) -> {
			assertThat(s.key()).isEqualTo("kube-apiserver --max-requests-inflight");
			assertThat(s.value()).isEqualTo("800");
		}).anySatisfy((s) -> assertThat(s.key()).isEqualTo("networking.podSubnet"));
	}

	@Test
	void etcdServersAwayFromTheNodesAreExternal() {
		ClusterFacts facts = TestFacts.yaml(node("cp-1", "10.0.0.11"), apiServer("https://10.0.9.1:2379,https://10.0.9.2:2379"))
			.build();
		TopologyView view = analyzer.analyze(facts, "", EN);
		assertThat(view.mode()).isEqualTo(Mode.EXTERNAL);
		assertThat(view.etcdMembers()).containsExactly("https://10.0.9.1:2379", "https://10.0.9.2:2379");
		assertThat(view.evidence()).contains("point away from the nodes");
	}

	@Test
	void etcdServersOnLoopbackOrTheNodesAreStacked() {
		ClusterFacts facts = TestFacts.yaml(node("cp-1", "10.0.0.11"), apiServer("https://127.0.0.1:2379")).build();
		assertThat(analyzer.analyze(facts, "", EN).mode()).isEqualTo(Mode.STACKED);
	}

	@Test
	void managedAndInvisibleAreSaidSo() {
		ClusterFacts facts = TestFacts.yaml(node("w-1", "10.0.1.1")).build();
		assertThat(analyzer.analyze(facts, "Alibaba Cloud ACK", EN).mode()).isEqualTo(Mode.MANAGED);
		TopologyView unknown = analyzer.analyze(facts, "", EN);
		assertThat(unknown.mode()).isEqualTo(Mode.UNKNOWN);
		assertThat(unknown.evidence()).contains("neither kubeadm-config");
	}

	private static String node(String name, String ip) {
		return """
				apiVersion: v1
				kind: Node
				metadata: {name: %s, labels: {node-role.kubernetes.io/control-plane: ""}}
				status: {addresses: [{type: InternalIP, address: "%s"}]}
				""".formatted(name, ip);
	}

	private static String apiServer(String etcdServers) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: kube-apiserver-cp-1, namespace: kube-system, labels: {component: kube-apiserver}}
				spec: {nodeName: cp-1, containers: [{name: c, command: [kube-apiserver, "--etcd-servers=%s"]}]}
				status: {phase: Running}
				""".formatted(etcdServers);
	}

}
