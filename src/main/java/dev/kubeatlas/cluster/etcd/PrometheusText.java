package dev.kubeatlas.cluster.etcd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reader for the Prometheus text exposition format (version 0.0.4), limited to what etcd's /metrics sends.
 * No Java library on Maven Central parses this format (client_java only writes it), and the subset is small:
 * comments, a name, optional labels with escapes, a float value and an optional timestamp.
 */
final class PrometheusText {

	private PrometheusText() {
	}

	/** One line of the format: a metric name, its labels and its value. */
	record Sample(String name, Map<String, String> labels, double value) {

		Sample {
			labels = Map.copyOf(labels);
		}

		String label(String key) {
			return labels.getOrDefault(key, "");
		}

	}

	/**
	 * The samples of the given families, in the order they appear. A histogram family {@code f} brings its
	 * {@code f_bucket}, {@code f_sum} and {@code f_count} lines. Other families are skipped so that a scrape of
	 * thousands of lines keeps only the few dozen that are used.
	 * @throws IllegalArgumentException naming the line when a wanted line is malformed
	 */
	static List<Sample> parse(String text, Set<String> families) {
		List<Sample> samples = new ArrayList<>();
		int lineNumber = 0;
		for (String line : text.split("\n")) {
			lineNumber++;
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String name = name(trimmed);
			if (!families.contains(family(name))) {
				continue;
			}
			try {
				samples.add(sample(trimmed, name));
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("line " + lineNumber + " of the metrics is malformed: "
						+ ex.getMessage() + ": " + abbreviate(trimmed), ex);
			}
		}
		return List.copyOf(samples);
	}

	/** The value of the first sample called {@code name}, or null when the scrape has none. */
	static Double value(List<Sample> samples, String name) {
		return samples.stream().filter((s) -> s.name().equals(name)).map(Sample::value).findFirst().orElse(null);
	}

	private static String family(String name) {
		for (String suffix : new String[] { "_bucket", "_sum", "_count" }) {
			if (name.endsWith(suffix)) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}

	private static String name(String line) {
		int end = 0;
		while (end < line.length() && line.charAt(end) != '{' && !Character.isWhitespace(line.charAt(end))) {
			end++;
		}
		return line.substring(0, end);
	}

	private static Sample sample(String line, String name) {
		int i = name.length();
		Map<String, String> labels = new LinkedHashMap<>();
		if (i < line.length() && line.charAt(i) == '{') {
			i = labels(line, i + 1, labels);
		}
		String[] rest = line.substring(i).strip().split("\\s+");
		if (rest.length < 1 || rest.length > 2 || rest[0].isEmpty()) {
			throw new IllegalArgumentException("expected a value and an optional timestamp");
		}
		return new Sample(name, labels, number(rest[0]));
	}

	/** Reads {@code key="value",...}} from {@code i} and answers the index after the closing brace. */
	private static int labels(String line, int i, Map<String, String> labels) {
		while (true) {
			i = skipSpaces(line, i);
			if (line.charAt(i) == '}') {
				return i + 1;
			}
			int eq = line.indexOf('=', i);
			if (eq < 0) {
				throw new IllegalArgumentException("label without '='");
			}
			String key = line.substring(i, eq).strip();
			i = skipSpaces(line, eq + 1);
			if (line.charAt(i) != '"') {
				throw new IllegalArgumentException("label value of " + key + " is not quoted");
			}
			StringBuilder value = new StringBuilder();
			i++;
			while (line.charAt(i) != '"') {
				char c = line.charAt(i);
				if (c == '\\') {
					char next = line.charAt(++i);
					value.append(next == 'n' ? '\n' : next);
				}
				else {
					value.append(c);
				}
				i++;
			}
			labels.put(key, value.toString());
			i = skipSpaces(line, i + 1);
			if (line.charAt(i) == ',') {
				i++;
			}
		}
	}

	private static int skipSpaces(String line, int i) {
		while (i < line.length() && line.charAt(i) == ' ') {
			i++;
		}
		if (i >= line.length()) {
			throw new IllegalArgumentException("labels not closed");
		}
		return i;
	}

	private static double number(String text) {
		return switch (text) {
			case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
			case "-Inf" -> Double.NEGATIVE_INFINITY;
			case "NaN" -> Double.NaN;
			default -> Double.parseDouble(text);
		};
	}

	private static String abbreviate(String line) {
		return line.length() <= 120 ? line : line.substring(0, 120) + "…";
	}

}
