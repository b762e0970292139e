package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.List;
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
		if ("none".equals(env.get("CALICO_NETWORKING_BACKEND"))) {
			return new CniMode(t.get("network.mode.calico-policy-only"), "calico-node: CALICO_NETWORKING_BACKEND=none",
					notes(inputs, t, null));
		}
		if (isOn(ipip)) {
			return new CniMode("IPIP" + ("CrossSubnet".equals(ipip) ? " (CrossSubnet)" : ""),
					"calico-node: CALICO_IPV4POOL_IPIP=" + ipip, notes(inputs, t, "bird"));
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

	/**
	 * The routing backend, datastore and pool as calico-node's env and calico-config write them. The backend is
	 * read from calico-config; without it an IPIP pool implies bird, said as an inference.
	 */
	private static List<String> notes(CniMode.Inputs inputs, Texts t, String implied) {
		Map<String, String> env = inputs.env();
		List<String> notes = new ArrayList<>();
		String backend = Optional.ofNullable(inputs.configMaps().get("calico-config"))
			.map((c) -> c.data().getOrDefault("calico_backend", ""))
			.orElse("");
		if (!backend.isEmpty()) {
			notes.add(t.get("network.calico.backend", backend));
		}
		else if (implied != null) {
			notes.add(t.get("network.calico.backend-inferred", implied));
		}
		for (String key : List.of("DATASTORE_TYPE", "CLUSTER_TYPE", "CALICO_IPV4POOL_VXLAN")) {
			if (env.containsKey(key)) {
				notes.add("calico-node: " + key + "=" + env.get(key));
			}
		}
		if (inputs.daemonSet() != null && !env.containsKey("CALICO_IPV4POOL_CIDR")) {
			notes.add(t.get("network.calico.pool-cidr-unset"));
		}
		return notes;
	}

	private static boolean isOn(String value) {
		return "Always".equals(value) || "CrossSubnet".equals(value);
	}

}
