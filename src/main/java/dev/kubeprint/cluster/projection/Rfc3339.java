package dev.kubeprint.cluster.projection;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * RFC 3339 times as the API server writes them ({@code 2026-11-01T10:00:00Z}, MicroTime's
 * {@code .000000} fraction, an offset from other serializers), read straight from the parser's characters.
 * A pod holds five of them and java.time's formatter allocated about 1.3 KB per parse, half of all that
 * decoding a pod allocated; this allocates the Instant alone. Anything it does not recognise is left to
 * java.time, which also reports the errors.
 */
final class Rfc3339 {

	/** Returned when the text is not in the common form; the caller falls back to java.time. */
	static final Instant UNRECOGNISED = Instant.MIN;

	private Rfc3339() {
	}

	static Instant parse(char[] c, int off, int len) {
		if (len < 20 || c[off + 4] != '-' || c[off + 7] != '-' || c[off + 10] != 'T' || c[off + 13] != ':'
				|| c[off + 16] != ':') {
			return UNRECOGNISED;
		}
		int year = digits(c, off, 4);
		int month = digits(c, off + 5, 2);
		int day = digits(c, off + 8, 2);
		int hour = digits(c, off + 11, 2);
		int minute = digits(c, off + 14, 2);
		int second = digits(c, off + 17, 2);
		if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
			return UNRECOGNISED;
		}
		int at = off + 19;
		int end = off + len;
		long nanos = 0;
		if (c[at] == '.') {
			int scale = 100_000_000;
			at++;
			int start = at;
			while (at < end && c[at] >= '0' && c[at] <= '9') {
				if (at - start >= 9) {
					return UNRECOGNISED;
				}
				nanos += (c[at++] - '0') * (long) scale;
				scale /= 10;
			}
			if (at == start) {
				return UNRECOGNISED;
			}
		}
		int offsetSeconds = offset(c, at, end);
		if (offsetSeconds == Integer.MIN_VALUE) {
			return UNRECOGNISED;
		}
		long epochDay;
		try {
			epochDay = LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			return UNRECOGNISED;
		}
		long seconds = epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds;
		return Instant.ofEpochSecond(seconds, nanos);
	}

	/** Seconds east of UTC for "Z" or "±HH:MM" filling the rest, else Integer.MIN_VALUE. */
	private static int offset(char[] c, int at, int end) {
		if (end - at == 1 && c[at] == 'Z') {
			return 0;
		}
		if (end - at != 6 || (c[at] != '+' && c[at] != '-') || c[at + 3] != ':') {
			return Integer.MIN_VALUE;
		}
		int hours = digits(c, at + 1, 2);
		int minutes = digits(c, at + 4, 2);
		if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
			return Integer.MIN_VALUE;
		}
		int seconds = hours * 3_600 + minutes * 60;
		return c[at] == '-' ? -seconds : seconds;
	}

	/** The number in n ASCII digits, or -1. */
	private static int digits(char[] c, int at, int n) {
		int value = 0;
		for (int i = at; i < at + n; i++) {
			char d = c[i];
			if (d < '0' || d > '9') {
				return -1;
			}
			value = value * 10 + (d - '0');
		}
		return value;
	}

}
