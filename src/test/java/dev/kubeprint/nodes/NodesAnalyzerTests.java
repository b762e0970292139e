package dev.kubeprint.nodes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Health;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.config.KubeprintProperties.NodeGroupingProperties;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.nodes.NodesView.NodeRow;
import dev.kubeprint.testing.LargeCluster;

import static dev.kubeprint.testing.KubeJson.configMap;
import static dev.kubeprint.testing.KubeJson.daemonSetPod;
import static dev.kubeprint.testing.KubeJson.facts;
import static dev.kubeprint.testing.KubeJson.node;
import static dev.kubeprint.testing.KubeJson.pod;
import static dev.kubeprint.testing.KubeJson.version;
import static org.assertj.core.api.Assertions.assertThat;

class NodesAnalyzerTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final Texts ZH = Texts.of(Locale.SIMPLIFIED_CHINESE);

	private final NodesAnalyzer analyzer = new NodesAnalyzer(
			new NodeGroupingProperties(List.of("node-pool"), List.of("topology.kubernetes.io/zone")),
			Set.of("calico-node"));

	@Test
	void notReadyAndPressuredNodesComeFirstWithTheirConditionsAndSince() {
		ClusterFacts f = facts(node("a-ok"), node("b-pressure").pressure("DiskPressure"), node("c-down").ready("Unknown"),
				node("d-cordoned").cordoned())
			.build();
		NodesView view = analyzer.analyze(f, EN);
		assertThat(view.rows()).extracting(NodeRow::name).containsExactly("c-down", "b-pressure", "d-cordoned", "a-ok");
		assertThat(view.rows().get(0).health()).isEqualTo(Health.DOWN);
		NodeRow pressured = view.rows().get(1);
		assertThat(pressured.health()).isEqualTo(Health.DEGRADED);
		assertThat(pressured.conditions()).extracting(NodesView.ConditionRow::type).containsExactly("Ready", "DiskPressure");
		assertThat(pressured.conditions().get(1).since()).hasToString("2026-11-20T06:12:40Z");
		assertThat(view.summary().notReady()).isEqualTo(1);
		assertThat(view.summary().pressured()).isEqualTo(1);
		assertThat(view.summary().cordoned()).isEqualTo(1);
	}

	@Test
	void podsAndRequestsAreSummedPerNodeWithItsAgents() {
		ClusterFacts f = facts(node("n1"), node("n2"), pod("shop", "a", "n1", "500m", "1Gi"),
				pod("shop", "b", "n1", "1500m", "3Gi"), daemonSetPod("kube-proxy-1", "kube-proxy", "n1", true),
				daemonSetPod("calico-node-1", "calico-node", "n1", false))
			.build();
		NodeRow n1 = analyzer.analyze(f, EN).rows().stream().filter((r) -> r.name().equals("n1")).findFirst().orElseThrow();
		assertThat(n1.pods()).isEqualTo(4);
		assertThat(n1.podCapacity()).isEqualTo(110);
		assertThat(n1.cpuRequestedMillis()).isEqualTo(2000);
		assertThat(n1.cpuPercent()).isEqualTo(25);
		assertThat(n1.memoryRequestedBytes()).isEqualTo(4L << 30);
		assertThat(n1.memoryPercent()).isEqualTo(13);
		assertThat(n1.kubeProxy()).isEqualTo(Health.HEALTHY);
		assertThat(n1.cni()).isEqualTo(Health.DOWN);
		assertThat(n1.runtime()).isEqualTo("containerd");
		assertThat(n1.runtimeVersion()).isEqualTo("1.7.22");
		assertThat(n1.osImage()).isEqualTo("Ubuntu 22.04.4 LTS");
	}

	// This test used to expect a warning for a Ready docker node with a 1.30 kubelet: a 1.24+ kubelet that reports
	// docker and is Ready proves cri-dockerd, so that is no problem. Only a not-Ready one asks for a look.
	@Test
	void dockerIsJudgedByTheNodesOwnKubeletAndCriOIsNot() {
		NodesView v = analyzer.analyze(facts(node("d").runtime("docker://20.10.24"),
				node("old").runtime("docker://19.3.12").kubelet("v1.21.0"),
				node("down").runtime("docker://20.10.24").ready("False"), node("c").runtime("cri-o://1.30.3"),
				version("v1.30.6")).build(), EN);
		assertThat(row(v, "d").runtimeWarning()).isEmpty();
		assertThat(row(v, "d").runtimeNote()).isEqualTo(
				"docker through cri-dockerd (the kubelet is v1.30.6 and Ready: dockershim is gone since 1.24)");
		assertThat(row(v, "old").runtimeWarning()).isEmpty();
		assertThat(row(v, "old").runtimeNote()).contains("dockershim").contains("v1.21.0");
		assertThat(row(v, "down").runtimeWarning()).contains("cri-dockerd").contains("not Ready");
		assertThat(row(v, "c").runtimeWarning()).isEmpty();
		assertThat(row(v, "c").runtimeNote()).isEmpty();
		assertThat(row(v, "c").runtime()).isEqualTo("cri-o");
		assertThat(v.summary().dockerNodes()).isEqualTo(1);
	}

	@Test
	void kubeProxyModeIpvsFromItsConfigMap() {
		KubeProxyMode mode = KubeProxyMode.detect(facts(proxyConfig("ipvs")).build());
		assertThat(mode.mode()).isEqualTo("ipvs");
		assertThat(mode.source()).isEqualTo(KubeProxyMode.Source.CONFIG_MAP);
	}

	@Test
	void kubeProxyModeNftablesFromItsConfigMap() {
		assertThat(KubeProxyMode.detect(facts(proxyConfig("nftables")).build()).mode()).isEqualTo("nftables");
	}

	@Test
	void kubeProxyModeEmptyMeansIptables() {
		KubeProxyMode mode = KubeProxyMode.detect(facts(proxyConfig("\"\"")).build());
		assertThat(mode.mode()).isEqualTo("iptables");
		assertThat(mode.source()).isEqualTo(KubeProxyMode.Source.CONFIG_MAP_DEFAULT);
		assertThat(KubeProxyMode.detect(facts(proxyConfig("iptables")).build()).source())
			.isEqualTo(KubeProxyMode.Source.CONFIG_MAP);
	}

	@Test
	void kubeProxyModeFromTheFlagWhenThereIsNoConfigFile() {
		KubeProxyMode mode = KubeProxyMode.detect(facts(node("n1"),
				daemonSetPod("kube-proxy-1", "kube-proxy", "n1", true, "kube-proxy", "--proxy-mode=ipvs"))
			.build());
		assertThat(mode.mode()).isEqualTo("ipvs");
		assertThat(mode.source()).isEqualTo(KubeProxyMode.Source.FLAG);
		KubeProxyMode withConfig = KubeProxyMode.detect(facts(node("n1"), proxyConfig("nftables"),
				daemonSetPod("kube-proxy-1", "kube-proxy", "n1", true, "kube-proxy", "--config=/c.conf",
						"--proxy-mode=ipvs"))
			.build());
		assertThat(withConfig.mode()).as("kube-proxy reads the file and ignores the flag").isEqualTo("nftables");
	}

	@Test
	void kubeProxyReplacedByCilium() {
		ClusterFacts f = facts(configMap("kube-system", "cilium-config", Map.of("kube-proxy-replacement", "true")),
				proxyConfig("iptables"))
			.build();
		KubeProxyMode mode = KubeProxyMode.detect(f);
		assertThat(mode.replacedByCilium()).isTrue();
		assertThat(analyzer.analyze(f, EN).kubeProxy().text()).isEqualTo("replaced by Cilium");
		assertThat(analyzer.analyze(f, ZH).kubeProxy().text()).isEqualTo("已由 Cilium 替代");
		assertThat(KubeProxyMode.detect(facts(configMap("kube-system", "cilium-config",
				Map.of("kube-proxy-replacement", "false"))).build()).known()).isFalse();
	}

	@Test
	void gridGroupsByPoolAndZoneWithPodFill() {
		ClusterFacts f = facts(node("g1").pool("general", "a").pods("4"), node("g2").pool("general", "b"),
				node("m1").pool("memory", "a").ready("False"), pod("x", "p1", "g1", "1", "1Gi"),
				pod("x", "p2", "g1", "1", "1Gi"))
			.build();
		NodesView.GridView grid = analyzer.analyze(f, EN).grid();
		assertThat(grid.groups()).extracting(NodesView.GridGroup::pool, NodesView.GridGroup::zone)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("general", "a"),
					org.assertj.core.groups.Tuple.tuple("general", "b"),
					org.assertj.core.groups.Tuple.tuple("memory", "a"));
		NodesView.GridGroup general = grid.groups().get(0);
		assertThat(general.marked()).as("a healthy node is drawn in the pattern, not as a tile of its own").isEmpty();
		assertThat(general.fills()).as("2 pods of 4: half of 8 units, up the tile's middle from its bottom")
			.isEqualTo("M5 9v-4");
		assertThat(general.names()).isEqualTo("g1");
		NodesView.GridTile m1 = grid.groups().get(2).marked().get(0);
		assertThat(m1.name()).isEqualTo("m1");
		assertThat(m1.tooltip()).startsWith("m1: ");
		assertThat(grid.groups().get(2).notReady()).isEqualTo(1);
	}

	@Test
	void fiveThousandNodesAndOneHundredFiftyThousandPodsStayFast() {
		ClusterFacts f = LargeCluster.of(5000, 150_000);
		analyzer.analyze(f, EN);
		long start = System.nanoTime();
		NodesView view = analyzer.analyze(f, EN);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(view.rows()).hasSize(5000);
		assertThat(view.rows().get(0).health()).isEqualTo(Health.DOWN);
		assertThat(view.summary().pods()).isEqualTo(150_000);
		assertThat(view.grid().groups()).hasSize(12);
		assertThat(millis).as("analysis of 5,000 nodes and 150,000 pods").isLessThan(2000);
	}

	static String proxyConfig(String mode) {
		return configMap("kube-system", "kube-proxy",
				Map.of("config.conf", "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: "
						+ mode + "\nclusterCIDR: 10.244.0.0/16\n"));
	}

	private static NodeRow row(NodesView view, String name) {
		return view.rows().stream().filter((r) -> r.name().equals(name)).findFirst().orElseThrow();
	}

}
