package dev.kubeprint.i18n;

import java.util.Locale;

/**
 * Sizes, shares and durations as an SRE reads them in etcdctl and kubectl output, the same on every page. A
 * number is the same in every language, so these take no locale.
 */
public final class Units {

	private static final String[] BINARY = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };

	private Units() {
	}

	/** Binary units as etcdctl and Kubernetes quantities use them: "512 B", "2.4 MiB", "16 MiB", "2 GiB". */
	public static String bytes(long bytes) {
		double value = bytes;
		int unit = 0;
		while (Math.abs(value) >= 1024 && unit < BINARY.length - 1) {
			value /= 1024;
			unit++;
		}
		return oneDecimal(value) + " " + BINARY[unit];
	}

	/** A percentage without its sign: "85", "12.5". */
	public static String percent(double percent) {
		return oneDecimal(percent);
	}

	/** Latencies in ms below a second, as etcd's own logs print them: "1.8 ms", "1.3 s". */
	public static String duration(double seconds) {
		return (seconds < 1) ? oneDecimal(seconds * 1000) + " ms" : oneDecimal(seconds) + " s";
	}

	/** A count with thousands separated as the reference writes them: "150,000". */
	public static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** What a value that the facts cannot give is shown as. */
	public static final String UNKNOWN = "—";

	/** A count, or {@link #UNKNOWN} for the -1 that views use when the facts cannot give it. */
	public static String countOrUnknown(long value) {
		return value < 0 ? UNKNOWN : String.valueOf(value);
	}

	/** A text, or {@link #UNKNOWN} when there is none. */
	public static String orUnknown(String text) {
		return text == null || text.isEmpty() ? UNKNOWN : text;
	}

	/** A label cut to fit a box that holds {@code max} characters, its end marked. */
	public static String fit(String label, int max) {
		return label.length() > max ? label.substring(0, max - 1) + "…" : label;
	}

	private static String oneDecimal(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

}
