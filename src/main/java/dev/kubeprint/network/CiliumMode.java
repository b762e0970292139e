package dev.kubeprint.network;

import java.util.Map;

import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.i18n.Texts;

/** Cilium says routing-mode from 1.14, tunnel before; "disabled" tunnelling is native routing. */
final class CiliumMode implements CniMode.Reader {

	@Override
	public String cni() {
		return "cilium";
	}

	@Override
	public CniMode read(CniMode.Inputs inputs, Texts t) {
		ConfigMapFact config = inputs.configMaps().get("cilium-config");
		if (config == null) {
			return new CniMode("", t.get("network.mode.cilium-no-config"));
		}
		Map<String, String> data = config.data();
		String routing = data.getOrDefault("routing-mode", "");
		String tunnel = data.getOrDefault("tunnel", "");
		String protocol = data.getOrDefault("tunnel-protocol",
				tunnel.isEmpty() || "disabled".equals(tunnel) ? "vxlan" : tunnel);
		if ("native".equals(routing) || "disabled".equals(tunnel)) {
			return new CniMode(t.get("network.mode.native"),
					"cilium-config: " + (routing.isEmpty() ? "tunnel=disabled" : "routing-mode=native"));
		}
		if (!routing.isEmpty() || !tunnel.isEmpty()) {
			return new CniMode(t.get("network.mode.tunnel", protocol),
					"cilium-config: " + (routing.isEmpty() ? "tunnel=" + tunnel : "routing-mode=" + routing));
		}
		return new CniMode(t.get("network.mode.tunnel", "vxlan"), t.get("network.mode.cilium-default"));
	}

}
