package dev.kubeprint.network;

import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;

/**
 * Cilium's kube-proxy replacement as cilium-config sets it, and never "full" while a kube-proxy runs beside
 * it (rke2 keeps its kube-proxy static pod): then Cilium is not the only Service proxy.
 */
final class KubeProxyReplacement {

	private KubeProxyReplacement() {
	}

	static String of(ClusterFacts facts, Map<String, ConfigMapFact> maps, Texts t) {
		Optional<String> kubeProxy = runningKubeProxy(facts);
		ConfigMapFact config = maps.get("cilium-config");
		if (config == null) {
			String why = facts.availability(FactKind.CONFIG_MAPS).hasData() ? t.get("network.cilium.config-absent")
					: t.get("network.cilium.config-not-collected");
			return kubeProxy.map((p) -> t.get("network.cilium.kpr.unknown-kube-proxy-runs", why, p))
				.orElse(t.get("network.cilium.kpr.unknown", why));
		}
		String value = config.data().getOrDefault("kube-proxy-replacement", "");
		if (kubeProxy.isPresent()) {
			return t.get("network.cilium.kpr.beside-kube-proxy", value.isEmpty() ? "—" : value, kubeProxy.get());
		}
		return value.isEmpty() ? t.get("network.cilium.kpr.unset") : value;
	}

	/** A kube-proxy pod or DaemonSet, by name: where it runs, Services go through it. */
	private static Optional<String> runningKubeProxy(ClusterFacts facts) {
		Optional<String> pod = facts.pods()
			.stream()
			.filter((p) -> "kube-proxy".equals(p.component()) || p.name().startsWith("kube-proxy"))
			.filter((p) -> !p.terminated())
			.map(PodFact::name)
			.findFirst();
		return pod.or(() -> facts.items(FactKind.DAEMON_SETS)
			.stream()
			.filter((d) -> "kube-proxy".equals(d.name()) && d.desired() > 0)
			.map((d) -> "DaemonSet " + d.namespace() + "/" + d.name())
			.findFirst());
	}

}
