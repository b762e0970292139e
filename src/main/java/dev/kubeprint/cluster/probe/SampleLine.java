package dev.kubeprint.cluster.probe;

import java.util.LinkedHashMap;
import java.util.Map;

/** metric_name [ "{" label="value" { "," label="value" } [ "," ] "}" ] value [ timestamp ] */
final class SampleLine {

	private final String line;

	private int at;

	SampleLine(String line) {
		this.line = line;
	}

	PrometheusText.Sample sample() {
		at = PrometheusText.skipBlanks(line, 0);
		String name = name("metric name");
		Map<String, String> labels = new LinkedHashMap<>();
		at = PrometheusText.skipBlanks(line, at);
		if (at < line.length() && line.charAt(at) == '{') {
			at++;
			labels(labels);
		}
		String value = token();
		if (value == null) {
			throw new PrometheusText.FormatException("no value after " + name);
		}
		String stamp = token();
		String extra = token();
		if (extra != null) {
			throw new PrometheusText.FormatException("unexpected text after the timestamp: \"" + extra + "\"");
		}
		Long timestamp = null;
		if (stamp != null) {
			try {
				timestamp = Long.parseLong(stamp);
			}
			catch (NumberFormatException ex) {
				throw new PrometheusText.FormatException("not a timestamp in milliseconds: \"" + stamp + "\"");
			}
		}
		return new PrometheusText.Sample(name, labels, PrometheusText.number(value), timestamp);
	}

	/** The next blank-separated word, or null at the end of the line. */
	private String token() {
		at = PrometheusText.skipBlanks(line, at);
		if (at >= line.length()) {
			return null;
		}
		int start = at;
		while (at < line.length() && line.charAt(at) != ' ' && line.charAt(at) != '\t') {
			at++;
		}
		return line.substring(start, at);
	}

	private void labels(Map<String, String> labels) {
		while (true) {
			at = PrometheusText.skipBlanks(line, at);
			if (at < line.length() && line.charAt(at) == '}') {
				at++;
				return;
			}
			String label = name("label name");
			at = PrometheusText.skipBlanks(line, at);
			expect('=');
			at = PrometheusText.skipBlanks(line, at);
			expect('"');
			labels.put(label, quoted());
			at = PrometheusText.skipBlanks(line, at);
			if (at < line.length() && line.charAt(at) == ',') {
				at++;
			}
			else if (at >= line.length() || line.charAt(at) != '}') {
				throw new PrometheusText.FormatException("expected ',' or '}' after label " + label + " at column " + (at + 1));
			}
		}
	}

	private String quoted() {
		StringBuilder value = new StringBuilder();
		while (at < line.length()) {
			char c = line.charAt(at++);
			if (c == '"') {
				return value.toString();
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			if (at >= line.length()) {
				break;
			}
			char escaped = line.charAt(at++);
			switch (escaped) {
				case '\\' -> value.append('\\');
				case '"' -> value.append('"');
				case 'n' -> value.append('\n');
				default -> throw new PrometheusText.FormatException("invalid escape \\" + escaped + " in a label value");
			}
		}
		throw new PrometheusText.FormatException("label value not closed by '\"'");
	}

	private String name(String what) {
		int end = PrometheusText.nameEnd(line, at);
		if (end == at || Character.isDigit(line.charAt(at))) {
			throw new PrometheusText.FormatException("expected a " + what + " at column " + (at + 1));
		}
		String name = line.substring(at, end);
		at = end;
		return name;
	}

	private void expect(char c) {
		if (at >= line.length() || line.charAt(at) != c) {
			throw new PrometheusText.FormatException("expected '" + c + "' at column " + (at + 1));
		}
		at++;
	}

}
