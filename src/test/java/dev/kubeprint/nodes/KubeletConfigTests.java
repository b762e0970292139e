package dev.kubeprint.nodes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.config.KubeprintProperties.NodeGroupingProperties;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.nodes.NodesView.KubeletView;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** The kubelet line of the nodes summary, from kubeadm's ConfigMap under either of its names. */
class KubeletConfigTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final Texts ZH = Texts.of(Locale.SIMPLIFIED_CHINESE);

	private static final NodesAnalyzer ANALYZER = new NodesAnalyzer(
			new NodeGroupingProperties(List.of(), List.of()), Set.of());

	private static String kubeletConfigMap(String name, String kubelet) {
		String indented = kubelet.lines().map((l) -> "    " + l).reduce("", (a, b) -> a + b + "\n");
		return """
				apiVersion: v1
				kind: ConfigMap
				metadata:
				  name: %s
				  namespace: kube-system
				data:
				  kubelet: |
				%s""".formatted(name, indented);
	}

	private static final String SYSTEMD = """
			apiVersion: kubelet.config.k8s.io/v1beta1
			kind: KubeletConfiguration
			cgroupDriver: systemd
			clusterDNS:
			- 10.96.0.10
			- fd00::a
			""";

	private static KubeletView view(TestFacts facts, Texts t) {
		return ANALYZER.analyze(facts.build(), t).kubelet();
	}

	@Test
	void theNameKubeadmUsesFrom124IsRead() {
		KubeletView v = view(TestFacts.yaml(kubeletConfigMap("kubelet-config", SYSTEMD)), EN);
		assertThat(v.state()).isEqualTo("READ");
		assertThat(v.cgroupDriver()).isEqualTo("systemd");
		assertThat(v.clusterDns()).containsExactly("10.96.0.10", "fd00::a");
		assertThat(v.text()).isEqualTo("cgroupDriver systemd · clusterDNS 10.96.0.10, fd00::a");
		assertThat(v.source()).startsWith("from ConfigMap kube-system/kubelet-config ");
	}

	@Test
	void theNewestOfSeveralIsReadAndNamed() {
		String old = "cgroupDriver: cgroupfs\n";
		KubeletView v = view(TestFacts.yaml(kubeletConfigMap("kubelet-config-1.9", old),
				kubeletConfigMap("kubelet-config-1.23", SYSTEMD), kubeletConfigMap("kubelet-config-1.22", old)), EN);
		assertThat(v.configMap()).as("1.23 is newer than 1.9 though it sorts before it")
			.isEqualTo("kube-system/kubelet-config-1.23");
		assertThat(v.cgroupDriver()).isEqualTo("systemd");
		KubeletView upgraded = view(TestFacts.yaml(kubeletConfigMap("kubelet-config-1.23", old),
				kubeletConfigMap("kubelet-config", SYSTEMD)), EN);
		assertThat(upgraded.configMap()).isEqualTo("kube-system/kubelet-config");
	}

	@Test
	void aFieldLeftOutIsNotSetRatherThanAGuessedDefault() {
		KubeletView v = view(TestFacts.yaml(kubeletConfigMap("kubelet-config", "kind: KubeletConfiguration\n")), EN);
		assertThat(v.state()).isEqualTo("READ");
		assertThat(v.text()).isEqualTo("cgroupDriver not set · clusterDNS not set");
	}

	@Test
	void aMalformedValueIsUnknownWithTheReasonNeverAnException() {
		for (String bad : List.of("cgroupDriver: [systemd\n", "just a string\n", "clusterDNS: 10.96.0.10\n",
				"cgroupDriver:\n  nested: true\n", "clusterDNS:\n- {a: b}\n")) {
			KubeletView v = view(TestFacts.yaml(kubeletConfigMap("kubelet-config", bad)), EN);
			assertThat(v.state()).as(bad).isEqualTo("UNREADABLE");
			assertThat(v.text()).as(bad).isEqualTo("unknown");
			assertThat(v.source()).as(bad).startsWith("unknown: ConfigMap kube-system/kubelet-config could not be read: ");
		}
		KubeletView noKey = view(TestFacts.yaml("""
				apiVersion: v1
				kind: ConfigMap
				metadata: {name: kubelet-config, namespace: kube-system}
				data: {other: x}
				"""), EN);
		assertThat(noKey.source()).endsWith("the ConfigMap has no kubelet key");
	}

	@Test
	void noKubeletConfigMapAmongThoseReadIsSaidSoAndOnlyThen() {
		String app = """
				apiVersion: v1
				kind: ConfigMap
				metadata: {name: kubelet-config, namespace: shop}
				data: {kubelet: "cgroupDriver: systemd"}
				""";
		KubeletView none = view(TestFacts.yaml(app), EN);
		assertThat(none.state()).isEqualTo("NONE");
		assertThat(none.source()).startsWith("unknown: no kubelet-config ConfigMap in kube-system in the data");
		KubeletView forbidden = view(TestFacts.yaml(app)
			.unavailable(FactKind.CONFIG_MAPS, Availability.forbidden("list", "configmaps", "RBAC denies list")), EN);
		assertThat(forbidden.state()).isEqualTo("NOT_COLLECTED");
		assertThat(forbidden.source()).isEqualTo("unknown: ConfigMaps were not collected (RBAC denies list)");
	}

	@Test
	void chineseSaysTheSame() {
		KubeletView v = view(TestFacts.yaml(kubeletConfigMap("kubelet-config-1.21", SYSTEMD)), ZH);
		assertThat(v.text()).isEqualTo("cgroupDriver systemd · clusterDNS 10.96.0.10, fd00::a");
		assertThat(v.source()).startsWith("来自 ConfigMap kube-system/kubelet-config-1.21");
	}

}
