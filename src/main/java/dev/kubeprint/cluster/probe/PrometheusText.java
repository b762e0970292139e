package dev.kubeprint.cluster.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the Prometheus text exposition format (0.0.4) as the API server and the control-plane components
 * serve it. No maintained Java library parses it: Prometheus' client_java only writes it, and the one Java
 * scraper on Maven Central (Hawkular's) was last released in 2017, so this small parser is ours.
 * <p>
 * A large cluster's /metrics is 5 to 20 MB, so lines are streamed and only the families asked for are
 * decoded: for any other line only its metric name is looked at.
 */
public final class PrometheusText {

	private static final List<String> FAMILY_SUFFIXES = List.of("_bucket", "_sum", "_count", "_created");

	private PrometheusText() {
	}

	/**
	 * One sample line.
	 *
	 * @param name the metric name as written, e.g. {@code apiserver_request_duration_seconds_bucket}
	 * @param labels in the order written; values unescaped
	 * @param timestamp milliseconds since the epoch when the line has one, else null
	 */
	public record Sample(String name, Map<String, String> labels, double value, Long timestamp) {

		public Sample {
			labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
		}

		/** The label's value, or "" when absent: Prometheus treats a missing label and an empty one alike. */
		public String label(String label) {
			return labels.getOrDefault(label, "");
		}

	}

	/**
	 * The samples of the families asked for.
	 *
	 * @param truncated true when more samples than the limit were offered and the rest were dropped
	 */
	public record Scrape(List<Sample> samples, boolean truncated) {

		public Scrape {
			samples = List.copyOf(samples);
		}

		public List<Sample> named(String name) {
			return samples.stream().filter((s) -> s.name().equals(name)).toList();
		}

	}

	/** A line of a wanted family that is not in the text format, with its line number. */
	public static final class FormatException extends RuntimeException {

		FormatException(String message) {
			super(message);
		}

	}

	/**
	 * Reads samples of the given families. A histogram family {@code x} brings its {@code x_bucket},
	 * {@code x_sum} and {@code x_count} lines.
	 *
	 * @param maxSamples the most samples kept, so a misbehaving exporter cannot exhaust memory
	 * @throws FormatException when a line of a wanted family cannot be read
	 */
	public static Scrape read(Reader text, Set<String> families, int maxSamples) throws IOException {
		List<Sample> samples = new ArrayList<>();
		boolean[] truncated = { false };
		forEach(text, families, (sample) -> {
			if (samples.size() < maxSamples) {
				samples.add(sample);
			}
			else {
				truncated[0] = true;
			}
		});
		return new Scrape(samples, truncated[0]);
	}

	/**
	 * Hands each sample of the given families to {@code sink} as it is read, so a caller that folds them
	 * into sums holds one line at a time rather than the whole scrape.
	 *
	 * @throws FormatException when a line of a wanted family cannot be read
	 */
	public static void forEach(Reader text, Set<String> families, Consumer<Sample> sink) throws IOException {
		BufferedReader lines = (text instanceof BufferedReader b) ? b : new BufferedReader(text, 64 * 1024);
		String line;
		int number = 0;
		while ((line = lines.readLine()) != null) {
			number++;
			int start = skipBlanks(line, 0);
			if (start == line.length() || line.charAt(start) == '#') {
				continue;
			}
			int nameEnd = nameEnd(line, start);
			if (nameEnd == start || !wanted(line.substring(start, nameEnd), families)) {
				continue;
			}
			Sample sample;
			try {
				sample = sample(line);
			}
			catch (FormatException ex) {
				throw new FormatException("line " + number + ": " + ex.getMessage());
			}
			sink.accept(sample);
		}
	}

	/** Parses one sample line; comments and blank lines are not samples. */
	public static Sample sample(String line) {
		return new SampleLine(line).sample();
	}

	/** A value as Go's ParseFloat reads it, which is what Prometheus accepts: NaN, +Inf, -Inf, Inf too. */
	public static double number(String text) {
		String t = text.strip();
		String unsigned = (t.startsWith("+") || t.startsWith("-")) ? t.substring(1) : t;
		if (unsigned.equalsIgnoreCase("inf") || unsigned.equalsIgnoreCase("infinity")) {
			return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
		}
		if (unsigned.equalsIgnoreCase("nan")) {
			return Double.NaN;
		}
		// Java alone would also take "1d", "1f" and "Infinity" spelled its own way; Prometheus would not.
		if (t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1)) && t.charAt(t.length() - 1) != '.') {
			throw new FormatException("not a number: \"" + text + "\"");
		}
		try {
			return Double.parseDouble(t);
		}
		catch (NumberFormatException ex) {
			throw new FormatException("not a number: \"" + text + "\"");
		}
	}

	private static boolean wanted(String name, Set<String> families) {
		if (families.contains(name)) {
			return true;
		}
		for (String suffix : FAMILY_SUFFIXES) {
			if (name.endsWith(suffix) && families.contains(name.substring(0, name.length() - suffix.length()))) {
				return true;
			}
		}
		return false;
	}

	static int skipBlanks(String s, int i) {
		while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

	static int nameEnd(String s, int i) {
		while (i < s.length()) {
			char c = s.charAt(i);
			boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
			if (!letter && !(c >= '0' && c <= '9')) {
				break;
			}
			i++;
		}
		return i;
	}

}
