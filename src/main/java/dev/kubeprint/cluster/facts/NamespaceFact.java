package dev.kubeprint.cluster.facts;

import java.util.Map;

/** A namespace; its labels carry Pod Security Admission levels. */
public record NamespaceFact(String name, String phase, Map<String, String> labels) {

	public NamespaceFact {
		labels = Map.copyOf(labels);
	}

}
