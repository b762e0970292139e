package dev.kubeprint.network;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.i18n.Texts;

/** Flannel's backend type, from the net-conf.json of its ConfigMap. */
final class FlannelMode implements CniMode.Reader {

	private static final Pattern BACKEND = Pattern.compile("\"Type\"\\s*:\\s*\"([^\"]+)\"");

	@Override
	public String cni() {
		return "flannel";
	}

	@Override
	public CniMode read(CniMode.Inputs inputs, Texts t) {
		ConfigMapFact config = inputs.configMaps().get("kube-flannel-cfg");
		if (config == null) {
			return CniMode.UNKNOWN;
		}
		Matcher m = BACKEND.matcher(config.data().getOrDefault("net-conf.json", ""));
		return m.find() ? new CniMode(m.group(1), "kube-flannel-cfg: net-conf.json Backend.Type") : CniMode.UNKNOWN;
	}

}
