package dev.kubeprint.nodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.FactKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The KubeletConfiguration kubeadm hands every kubelet it joins, as its ConfigMap holds it. A node may have
 * changed its local copy since; the ConfigMap is what kubeadm wrote, and that is all it proves.
 *
 * @param state whether it was read, and why not
 * @param configMap the ConfigMap read (namespace/name), or "" when none was
 * @param cgroupDriver as written; "" when the field is absent
 * @param clusterDns the addresses as written; empty when the field is absent
 * @param detail with {@link State#NOT_COLLECTED} why ConfigMaps were not had, with {@link State#UNREADABLE} what
 * was wrong with the value; "" otherwise
 */
public record KubeletConfig(State state, String configMap, String cgroupDriver, List<String> clusterDns,
		String detail) {

	public enum State {

		READ,
		/** ConfigMaps were not collected (or not allowed): whether kubeadm wrote one is unknown. */
		NOT_COLLECTED,
		/** ConfigMaps were read and none is kubeadm's kubelet config. */
		NONE,
		/** The ConfigMap exists but its kubelet key is missing or not a KubeletConfiguration mapping. */
		UNREADABLE

	}

	public KubeletConfig {
		clusterDns = List.copyOf(clusterDns);
	}

	static final String SYSTEM = "kube-system";

	/** kubeadm from 1.24 on; before it, kubelet-config-1.NN per minor version. */
	static final String CURRENT_NAME = "kubelet-config";

	private static final Pattern VERSIONED = Pattern.compile("kubelet-config-1\\.([0-9]{1,3})");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	/** The longest parser message shown: the first line says what broke, the rest repeats the input. */
	private static final int REASON_LENGTH = 160;

	/**
	 * The newest kubelet ConfigMap wins: an upgraded cluster keeps the ones of the versions it passed through,
	 * and kubeadm joins new nodes with the newest. The unversioned name is newer than any versioned one.
	 */
	public static KubeletConfig detect(ClusterFacts facts) {
		Availability maps = facts.availability(FactKind.CONFIG_MAPS);
		if (!maps.hasData()) {
			return new KubeletConfig(State.NOT_COLLECTED, "", "", List.of(), maps.reason());
		}
		List<ConfigMapFact> items = facts.items(FactKind.CONFIG_MAPS);
		Optional<ConfigMapFact> newest = items.stream()
			.filter((c) -> SYSTEM.equals(c.namespace()) && minor(c.name()) >= 0)
			.max(Comparator.comparingInt((ConfigMapFact c) -> minor(c.name())));
		if (newest.isEmpty()) {
			return new KubeletConfig(State.NONE, "", "", List.of(), "");
		}
		ConfigMapFact map = newest.get();
		return parse(map.namespace() + "/" + map.name(), map.data().get("kubelet"));
	}

	/** The minor version a name stands for: the unversioned name above all; -1 for any other name. */
	static int minor(String name) {
		if (CURRENT_NAME.equals(name)) {
			return Integer.MAX_VALUE;
		}
		Matcher m = VERSIONED.matcher(name);
		return m.matches() ? Integer.parseInt(m.group(1)) : -1;
	}

	/** Only the two fields shown are read; anything the value holds beyond a mapping is a reason, never a throw. */
	static KubeletConfig parse(String configMap, String yaml) {
		if (yaml == null || yaml.isBlank()) {
			return unreadable(configMap, "the ConfigMap has no kubelet key");
		}
		JsonNode root;
		try {
			root = YAML.readTree(yaml);
		}
		catch (RuntimeException ex) {
			return unreadable(configMap, "the kubelet key is not valid YAML: " + firstLine(ex.getMessage()));
		}
		if (root == null || !root.isObject()) {
			return unreadable(configMap, "the kubelet key is not a YAML mapping");
		}
		JsonNode driver = root.path("cgroupDriver");
		JsonNode dns = root.path("clusterDNS");
		if (!absent(driver) && !driver.isString()) {
			return unreadable(configMap, "cgroupDriver is not a string");
		}
		if (!absent(dns) && !dns.isArray()) {
			return unreadable(configMap, "clusterDNS is not a list");
		}
		List<String> addresses = new ArrayList<>();
		for (JsonNode a : dns) {
			if (!a.isString()) {
				return unreadable(configMap, "clusterDNS holds something other than addresses");
			}
			addresses.add(a.asString());
		}
		return new KubeletConfig(State.READ, configMap, driver.isString() ? driver.asString() : "", addresses, "");
	}

	/** "clusterDNS:" with nothing after it is YAML null: the field is not set, as when it is left out. */
	private static boolean absent(JsonNode node) {
		return node.isMissingNode() || node.isNull();
	}

	private static KubeletConfig unreadable(String configMap, String reason) {
		return new KubeletConfig(State.UNREADABLE, configMap, "", List.of(), reason);
	}

	private static String firstLine(String message) {
		String line = message == null ? "" : message.lines().findFirst().orElse("");
		return line.length() <= REASON_LENGTH ? line : line.substring(0, REASON_LENGTH) + "…";
	}

}
