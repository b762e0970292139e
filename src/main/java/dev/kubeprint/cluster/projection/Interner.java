package dev.kubeprint.cluster.projection;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares the strings that repeat across many objects (namespaces, node names, phases, owner kinds), which
 * at 150,000 pods saves tens of megabytes. Bounded: past the limit strings are kept as they come.
 */
public final class Interner {

	private static final int LIMIT = 50_000;

	private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();

	public String intern(String s) {
		if (s == null || s.isEmpty()) {
			return "";
		}
		String known = strings.get(s);
		if (known != null) {
			return known;
		}
		if (strings.size() >= LIMIT) {
			return s;
		}
		known = strings.putIfAbsent(s, s);
		return known == null ? s : known;
	}

}
