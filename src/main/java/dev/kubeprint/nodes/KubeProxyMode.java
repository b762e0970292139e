package dev.kubeprint.nodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * @param detail the raw value as found, e.g. kube-proxy-replacement=true, mode: "" (default), --config=/path;
 * with {@link Source#NOT_COLLECTED} the kinds that were not collected
 * @param pod the kube-proxy pod whose flags were read (namespace/name), or "" when none was
 */
public record KubeProxyMode(String mode, Source source, String detail, String pod) {

	public enum Source {

		CILIUM_CONFIG, FLAG, CONFIG_MAP, CONFIG_MAP_DEFAULT,
		/** kube-proxy has neither --proxy-mode nor --config: the Linux default, inferred rather than stated. */
		DEFAULT_INFERRED,
		/** kube-proxy reads --config from a file the data does not hold: the mode is unknown. */
		CONFIG_FILE_UNSEEN,
		/** k3s runs kube-proxy inside its own process: there is no pod to read. */
		EMBEDDED,
		/** The kinds that would tell (pods, ConfigMaps) were not collected. */
		NOT_COLLECTED, NONE

	}

	static final String SYSTEM = "kube-system";

	private static final Pattern MODE = Pattern.compile("(?m)^mode:\\s*\"?([A-Za-z]*)\"?\\s*$");

	public boolean replacedByCilium() {
		return source == Source.CILIUM_CONFIG;
	}

	/** Only a mode that was read or inferred is known: a config file not in the data leaves it unknown. */
	public boolean known() {
		return !mode.isEmpty();
	}

	/**
	 * Cilium first: with kube-proxy replacement on, a leftover kube-proxy does not carry traffic. Then what a
	 * kube-proxy pod (DaemonSet or static) is started with: a --config file decides over flags (kube-proxy
	 * ignores most flags given one), so with --config only the kube-proxy ConfigMap (kubeadm mounts its
	 * config.conf there) tells; --proxy-mode alone decides; neither means the Linux default.
	 */
	public static KubeProxyMode detect(ClusterFacts facts) {
		List<ConfigMapFact> maps = facts.items(FactKind.CONFIG_MAPS);
		Optional<String> replacement = maps.stream()
			.filter((c) -> "cilium-config".equals(c.name()))
			.map((c) -> c.data().getOrDefault("kube-proxy-replacement", ""))
			.filter((v) -> "true".equals(v) || "strict".equals(v))
			.findFirst();
		if (replacement.isPresent()) {
			return new KubeProxyMode("cilium", Source.CILIUM_CONFIG, "kube-proxy-replacement=" + replacement.get(), "");
		}
		Optional<String> config = maps.stream()
			.filter((c) -> SYSTEM.equals(c.namespace()) && "kube-proxy".equals(c.name()))
			.map((c) -> c.data().get("config.conf"))
			.filter((c) -> c != null)
			.findFirst();
		Optional<PodFact> pod = kubeProxyPods(facts).stream().filter((p) -> !p.flags().isEmpty()).findFirst();
		if (pod.isPresent()) {
			return fromPod(pod.get(), config);
		}
		if (config.isPresent()) {
			return fromConfigMap(config.get(), "");
		}
		if (facts.nodes().stream().anyMatch((n) -> n.providerId().startsWith("k3s://")
				|| n.info().kubeletVersion().contains("+k3s"))) {
			return new KubeProxyMode("", Source.EMBEDDED, "", "");
		}
		List<String> missing = new ArrayList<>();
		if (!facts.availability(FactKind.PODS).hasData()) {
			missing.add("Pods");
		}
		if (!facts.availability(FactKind.CONFIG_MAPS).hasData()) {
			missing.add("ConfigMaps");
		}
		return missing.isEmpty() ? new KubeProxyMode("", Source.NONE, "", "")
				: new KubeProxyMode("", Source.NOT_COLLECTED, String.join(", ", missing), "");
	}

	private static KubeProxyMode fromPod(PodFact pod, Optional<String> config) {
		String name = pod.namespace() + "/" + pod.name();
		Map<String, String> flags = pod.flags();
		if (flags.containsKey("config")) {
			return config.map((c) -> fromConfigMap(c, name))
				.orElseGet(() -> new KubeProxyMode("", Source.CONFIG_FILE_UNSEEN, "--config=" + flags.get("config"),
						name));
		}
		String flag = flags.get("proxy-mode");
		if (flag != null && !flag.isEmpty()) {
			return new KubeProxyMode(flag, Source.FLAG, "--proxy-mode=" + flag, name);
		}
		return new KubeProxyMode("iptables", Source.DEFAULT_INFERRED, "", name);
	}

	private static KubeProxyMode fromConfigMap(String config, String pod) {
		Matcher m = MODE.matcher(config);
		String mode = m.find() ? m.group(1) : "";
		if (mode.isEmpty()) {
			return new KubeProxyMode("iptables", Source.CONFIG_MAP_DEFAULT, "mode: \"\"", pod);
		}
		return new KubeProxyMode(mode, Source.CONFIG_MAP, "mode: " + mode, pod);
	}

	/**
	 * kube-proxy pods wherever a distribution puts them: the kubeadm/EKS/AKS DaemonSet, or static pods named
	 * kube-proxy-&lt;node&gt; (GKE, RKE2), found by their component label, owner, program or name.
	 */
	public static List<PodFact> kubeProxyPods(ClusterFacts facts) {
		return facts.pods()
			.stream()
			.filter((p) -> SYSTEM.equals(p.namespace()) && !p.terminated())
			.filter((p) -> "kube-proxy".equals(p.component()) || "kube-proxy".equals(p.ownerName())
					|| "kube-proxy".equals(p.program()) || p.name().startsWith("kube-proxy-"))
			.sorted(Comparator.comparing(PodFact::name))
			.toList();
	}

}
