package dev.kubeprint.nodes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kubeprint.config.KubeprintProperties.NodeGroupingProperties;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.nodes.NodesView.KubeProxyView;
import dev.kubeprint.testing.RealWorld;

import static org.assertj.core.api.Assertions.assertThat;

/** The nodes page's kube-proxy mode on real dumps (../shared/realworld/README.md): only what the data proves. */
class RealWorldKubeProxyTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static final NodesAnalyzer ANALYZER = new NodesAnalyzer(
			new NodeGroupingProperties(List.of("agentpool"), List.of("topology.kubernetes.io/zone")), Set.of());

	private static KubeProxyView kubeProxy(String dump) {
		return ANALYZER.analyze(RealWorld.facts(dump), EN).kubeProxy();
	}

	@Test
	void aksKubeProxyModeIsTheDefaultIptablesInferred() {
		KubeProxyView view = kubeProxy("aks-1.16-kubenet");
		assertThat(view.mode()).isEqualTo("iptables");
		assertThat(view.text()).isEqualTo("iptables (inferred: the default)");
		assertThat(view.source()).isEqualTo("inferred: kube-system/kube-proxy-qxfxq has neither --proxy-mode nor "
				+ "--config, so the Linux default applies");
	}

	@Test
	void rke2KubeProxyIsAStaticPodWithProxyModeIptables() {
		KubeProxyView view = kubeProxy("rke2-1.33-cilium");
		assertThat(view.mode()).as("Cilium is not the only service proxy").isEqualTo("iptables");
		assertThat(view.source()).isEqualTo("from the --proxy-mode flag of kube-system/kube-proxy-omen-omen-25l-desktop-gt12-0xxx");
		assertThat(view.detail()).isEqualTo("--proxy-mode=iptables");
	}

	@Test
	void kindKubeProxyConfigMapSaysIptables() {
		KubeProxyView view = kubeProxy("kind-1.21-sonobuoy");
		assertThat(view.mode()).isEqualTo("iptables");
		assertThat(view.source()).isEqualTo("from ConfigMap kube-system/kube-proxy (config.conf)");
		assertThat(view.detail()).isEqualTo("mode: iptables");
	}

	@Test
	void eks122KubeProxyUsesAConfigFileSoTheModeIsUnknown() {
		KubeProxyView view = kubeProxy("eks-1.22-node-unreachable");
		assertThat(view.mode()).isEmpty();
		assertThat(view.text()).isEqualTo("unknown");
		assertThat(view.source()).contains("reads its mode from a config file that is not in the data");
		assertThat(view.detail()).isEqualTo("--config=/var/lib/kube-proxy-config/config");
	}

	@Test
	void kubeadm121KubeProxyConfigFileOnlySoTheModeIsUnknown() {
		KubeProxyView view = kubeProxy("kubeadm-1.21-calico");
		assertThat(view.mode()).isEmpty();
		assertThat(view.detail()).isEqualTo("--config=/var/lib/kube-proxy/config.conf");
	}

	@Test
	void nodesOnlyKubeProxyModeIsUnknownBecauseNotCollected() {
		KubeProxyView view = ANALYZER.analyze(RealWorld.nodesOnly(), EN).kubeProxy();
		assertThat(view.text()).isEqualTo("unknown");
		assertThat(view.source()).isEqualTo("unknown: Pods, ConfigMaps were not collected (not in this snapshot)");
		assertThat(view.source()).doesNotContain("no kube-proxy ConfigMap, flag or Cilium replacement found");
	}

}
