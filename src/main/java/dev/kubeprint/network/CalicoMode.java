package dev.kubeprint.network;

import java.util.Map;
import java.util.Optional;

import dev.kubeprint.i18n.Texts;

/** Calico's pool encapsulation: IPIP or VXLAN when either is on (Always or CrossSubnet), else plain BGP. */
final class CalicoMode implements CniMode.Reader {

	@Override
	public String cni() {
		return "calico";
	}

	@Override
	public CniMode read(CniMode.Inputs inputs, Texts t) {
		Map<String, String> env = inputs.env();
		String ipip = env.getOrDefault("CALICO_IPV4POOL_IPIP", "");
		String vxlan = env.getOrDefault("CALICO_IPV4POOL_VXLAN", "");
		if (isOn(ipip)) {
			return new CniMode("IPIP" + ("CrossSubnet".equals(ipip) ? " (CrossSubnet)" : ""),
					"calico-node: CALICO_IPV4POOL_IPIP=" + ipip);
		}
		if (isOn(vxlan)) {
			return new CniMode("VXLAN" + ("CrossSubnet".equals(vxlan) ? " (CrossSubnet)" : ""),
					"calico-node: CALICO_IPV4POOL_VXLAN=" + vxlan);
		}
		String backend = Optional.ofNullable(inputs.configMaps().get("calico-config"))
			.map((c) -> c.data().getOrDefault("calico_backend", ""))
			.orElse("");
		if ("vxlan".equals(backend)) {
			return new CniMode("VXLAN", "calico-config: calico_backend=vxlan");
		}
		if (!ipip.isEmpty() || !vxlan.isEmpty() || "bird".equals(backend)) {
			return new CniMode("BGP", "calico-node: CALICO_IPV4POOL_IPIP=" + (ipip.isEmpty() ? "—" : ipip)
					+ ", CALICO_IPV4POOL_VXLAN=" + (vxlan.isEmpty() ? "—" : vxlan));
		}
		return new CniMode("", t.get("network.mode.calico-ippool"));
	}

	private static boolean isOn(String value) {
		return "Always".equals(value) || "CrossSubnet".equals(value);
	}

}
