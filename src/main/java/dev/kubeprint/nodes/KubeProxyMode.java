package dev.kubeprint.nodes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;

/**
 * How Services are implemented on the nodes, and what says so.
 *
 * @param mode iptables, ipvs, nftables, kernelspace (Windows), "cilium" when Cilium replaces kube-proxy, or
 * "" when nothing tells
 * @param source where it was read: {@link Source}
 * @param detail the raw value as found, e.g. kube-proxy-replacement=true or mode: "" (default)
 */
public record KubeProxyMode(String mode, Source source, String detail) {

	public enum Source {

		CILIUM_CONFIG, FLAG, CONFIG_MAP, CONFIG_MAP_DEFAULT, NONE

	}

	private static final Pattern MODE = Pattern.compile("(?m)^mode:\\s*\"?([A-Za-z]*)\"?\\s*$");

	public boolean replacedByCilium() {
		return source == Source.CILIUM_CONFIG;
	}

	public boolean known() {
		return source != Source.NONE;
	}

	/**
	 * Cilium first: with kube-proxy replacement on, a leftover kube-proxy DaemonSet does not carry traffic. Then
	 * the --proxy-mode flag, which only counts without --config (kube-proxy ignores most flags given a config
	 * file), then the mode of the kube-proxy ConfigMap, whose empty value means iptables on Linux.
	 */
	public static KubeProxyMode detect(ClusterFacts facts) {
		List<ConfigMapFact> maps = facts.items(FactKind.CONFIG_MAPS);
		Optional<String> replacement = maps.stream()
			.filter((c) -> "cilium-config".equals(c.name()))
			.map((c) -> c.data().getOrDefault("kube-proxy-replacement", ""))
			.filter((v) -> "true".equals(v) || "strict".equals(v))
			.findFirst();
		if (replacement.isPresent()) {
			return new KubeProxyMode("cilium", Source.CILIUM_CONFIG, "kube-proxy-replacement=" + replacement.get());
		}
		for (PodFact p : facts.pods()) {
			if ("kube-system".equals(p.namespace()) && "kube-proxy".equals(p.ownerName())) {
				String flag = p.flags().get("proxy-mode");
				if (flag != null && !p.flags().containsKey("config")) {
					return new KubeProxyMode(flag, Source.FLAG, "--proxy-mode=" + flag);
				}
				break;
			}
		}
		Optional<String> config = maps.stream()
			.filter((c) -> "kube-system".equals(c.namespace()) && "kube-proxy".equals(c.name()))
			.map((c) -> c.data().getOrDefault("config.conf", ""))
			.findFirst();
		if (config.isPresent()) {
			Matcher m = MODE.matcher(config.get());
			String mode = m.find() ? m.group(1) : "";
			if (mode.isEmpty()) {
				return new KubeProxyMode("iptables", Source.CONFIG_MAP_DEFAULT, "mode: \"\"");
			}
			return new KubeProxyMode(mode, Source.CONFIG_MAP, "mode: " + mode);
		}
		return new KubeProxyMode("", Source.NONE, "");
	}

}
