package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;

/**
 * Flannel's backend type: from the net-conf.json of its ConfigMap, else from the annotation flanneld writes on
 * each node it set up. A dump without either cannot tell, and says so: flannel's default is not a fact here.
 */
final class FlannelMode implements CniMode.Reader {

	static final String BACKEND_ANNOTATION = "flannel.alpha.coreos.com/backend-type";

	private static final Pattern BACKEND = Pattern.compile("\"Type\"\\s*:\\s*\"([^\"]+)\"");

	@Override
	public String cni() {
		return "flannel";
	}

	@Override
	public CniMode read(CniMode.Inputs inputs, Texts t) {
		ConfigMapFact config = inputs.configMaps().get("kube-flannel-cfg");
		if (config != null) {
			Matcher m = BACKEND.matcher(config.data().getOrDefault("net-conf.json", ""));
			if (m.find()) {
				return new CniMode(m.group(1), "kube-flannel-cfg: net-conf.json Backend.Type");
			}
		}
		// Nodes set up at different times may say different things; each value is shown with its nodes.
		Map<String, List<String>> byType = new TreeMap<>();
		for (NodeFact n : inputs.nodes()) {
			String type = n.annotations().get(BACKEND_ANNOTATION);
			if (type != null && !type.isEmpty()) {
				byType.computeIfAbsent(type, (k) -> new ArrayList<>()).add(n.name());
			}
		}
		if (byType.isEmpty()) {
			return new CniMode("", t.get("network.mode.flannel-unknown"));
		}
		String where = String.join("; ", byType.entrySet()
			.stream()
			.map((e) -> BACKEND_ANNOTATION + "=" + e.getKey() + " on " + NetworkAnalyzer.names(e.getValue()))
			.toList());
		return new CniMode(String.join(", ", byType.keySet()), t.get("network.mode.flannel-annotation", where));
	}

}
