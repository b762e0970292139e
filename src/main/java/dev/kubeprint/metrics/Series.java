package dev.kubeprint.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One exported series: its family, its labels ({@code cluster} first) and its value now.
 */
record Series(Family family, Map<String, String> labels, double value) {

	Series {
		labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
	}

	String label(String name) {
		return labels.getOrDefault(name, "");
	}

}
