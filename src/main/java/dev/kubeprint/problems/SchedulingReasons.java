package dev.kubeprint.problems;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scheduler's "0/5 nodes are available: 3 Insufficient cpu, 2 node(s) had untolerated taint {…}." read into
 * the reason that kept the pod off the most nodes. Thousands of pending pods of one Deployment share one
 * message, so each message is read once.
 */
final class SchedulingReasons {

	/** The groups, in the order that breaks a tie: the scarcest resource first, the catch-all last. */
	enum Group {

		INSUFFICIENT_CPU("insufficient-cpu"), INSUFFICIENT_MEMORY("insufficient-memory"),
		INSUFFICIENT_OTHER("insufficient-other"), TAINTS("taints"), AFFINITY("affinity"),
		UNBOUND_CLAIMS("unbound-claims"), OTHER("other");

		final String key;

		Group(String key) {
			this.key = key;
		}

	}

	/** Every distinct message a real cluster has fits; a flood of unique ones is read each time, not kept. */
	static final int CACHED_MESSAGES = 10_000;

	private static final Pattern AVAILABLE = Pattern.compile("nodes are available:\\s*(.*?)(?:\\.\\s*preemption:.*)?\\.?\\s*$",
			Pattern.DOTALL);

	/** Parts are split where a comma is followed by the next part's node count. */
	private static final Pattern PART_SPLIT = Pattern.compile(",\\s+(?=\\d+\\s)");

	private static final Pattern PART = Pattern.compile("^(\\d+)\\s+(.*)$", Pattern.DOTALL);

	private final Map<String, Group> cache = new HashMap<>();

	Group of(String message) {
		Group known = cache.get(message);
		if (known != null) {
			return known;
		}
		Group group = read(message);
		if (cache.size() < CACHED_MESSAGES) {
			cache.put(message, group);
		}
		return group;
	}

	static Group read(String message) {
		Matcher available = AVAILABLE.matcher(message);
		if (!available.find()) {
			return classify(message);
		}
		Group dominant = null;
		long most = -1;
		for (String part : PART_SPLIT.split(available.group(1))) {
			Matcher m = PART.matcher(part.strip());
			long count = m.matches() ? parse(m.group(1)) : 0;
			Group group = classify(m.matches() ? m.group(2) : part);
			if (count > most || (count == most && group.ordinal() < dominant.ordinal())) {
				most = count;
				dominant = group;
			}
		}
		return (dominant != null) ? dominant : Group.OTHER;
	}

	private static long parse(String digits) {
		try {
			return Long.parseLong(digits);
		}
		catch (NumberFormatException ex) {
			return Long.MAX_VALUE;
		}
	}

	/** By the words each scheduler plugin has written since 1.14. */
	static Group classify(String reason) {
		String r = reason.toLowerCase(Locale.ROOT);
		if (r.contains("insufficient cpu")) {
			return Group.INSUFFICIENT_CPU;
		}
		if (r.contains("insufficient memory")) {
			return Group.INSUFFICIENT_MEMORY;
		}
		if (r.contains("insufficient ") || r.contains("too many pods")) {
			return Group.INSUFFICIENT_OTHER;
		}
		if (r.contains("taint")) {
			return Group.TAINTS;
		}
		// "had volume node affinity conflict" is about the claim's volume, not the pod's affinity
		if (r.contains("persistentvolumeclaim") || r.contains("volume")) {
			return Group.UNBOUND_CLAIMS;
		}
		if (r.contains("affinity") || r.contains("selector")) {
			return Group.AFFINITY;
		}
		return Group.OTHER;
	}

}
