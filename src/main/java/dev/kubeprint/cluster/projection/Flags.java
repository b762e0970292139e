package dev.kubeprint.cluster.projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line flags of a container: "--max-requests-inflight=800" and "--leader-elect" (= "true"). */
final class Flags {

	private Flags() {
	}

	static Map<String, String> parse(List<String> words) {
		Map<String, String> flags = new LinkedHashMap<>();
		for (String word : words) {
			if (!word.startsWith("--") || word.length() == 2) {
				continue;
			}
			int eq = word.indexOf('=');
			if (eq < 0) {
				flags.put(word.substring(2), "true");
			}
			else {
				flags.put(word.substring(2, eq), word.substring(eq + 1));
			}
		}
		return flags;
	}

}
