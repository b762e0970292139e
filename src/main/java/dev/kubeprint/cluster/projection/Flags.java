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

	/**
	 * The base name of the first word, which is what the container runs: "kube-apiserver" of
	 * /usr/local/bin/kube-apiserver. hyperkube runs its first argument ("kube-apiserver" or "apiserver").
	 */
	static String program(List<String> words) {
		if (words.isEmpty() || words.get(0).startsWith("-")) {
			return "";
		}
		String program = words.get(0).substring(words.get(0).lastIndexOf('/') + 1);
		if ("hyperkube".equals(program) && words.size() > 1 && !words.get(1).startsWith("-")) {
			String sub = words.get(1);
			return sub.startsWith("kube-") || "etcd".equals(sub) ? sub : "kube-" + sub;
		}
		return program;
	}

}
