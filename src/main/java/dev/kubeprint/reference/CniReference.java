package dev.kubeprint.reference;

import java.util.List;
import java.util.Objects;

/**
 * A CNI plugin as compared in the reference, with hints for recognising it in a cluster.
 */
public record CniReference(String id, String name, List<String> modes, LocalizedText performance,
		NetworkPolicySupport networkPolicy, LocalizedText networkPolicyText, LocalizedText useCase, Detect detect) {

	public CniReference {
		Objects.requireNonNull(id, "CNI id is required");
		Objects.requireNonNull(name, () -> "name is required for CNI " + id);
		Objects.requireNonNull(performance, () -> "performance is required for CNI " + id);
		Objects.requireNonNull(networkPolicy, () -> "networkPolicy is required for CNI " + id);
		Objects.requireNonNull(networkPolicyText, () -> "networkPolicyText is required for CNI " + id);
		Objects.requireNonNull(useCase, () -> "useCase is required for CNI " + id);
		Objects.requireNonNull(detect, () -> "detect is required for CNI " + id);
		modes = (modes != null) ? List.copyOf(modes) : List.of();
	}

	public enum NetworkPolicySupport {

		/** Full NetworkPolicy support plus the plugin's own, richer policies. */
		FULL_PLUS,

		FULL,

		SUPPORTED,

		NONE

	}

	/**
	 * Names of DaemonSets and ConfigMaps, and substrings of container images, that give
	 * the plugin away; components are the Deployments the plugin installs beside its agent
	 * (operator, controllers, UI), named on the panel when they run, never used to detect it.
	 */
	public record Detect(List<String> daemonSets, List<String> configMaps, List<String> images,
			List<String> components) {

		public Detect {
			daemonSets = (daemonSets != null) ? List.copyOf(daemonSets) : List.of();
			configMaps = (configMaps != null) ? List.copyOf(configMaps) : List.of();
			images = (images != null) ? List.copyOf(images) : List.of();
			components = (components != null) ? List.copyOf(components) : List.of();
		}

	}

}
