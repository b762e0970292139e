package dev.kubeprint.cluster.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities ("250m", "64700000Ki", "1.5Gi", "1e3") as numbers. */
public final class Quantities {

	private static final Pattern QUANTITY = Pattern
		.compile("([+-]?[0-9.]+)(?:([eE][+-]?[0-9]+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?");

	private Quantities() {
	}

	public static BigDecimal parse(String quantity) {
		Matcher m = QUANTITY.matcher(quantity.trim());
		if (!m.matches()) {
			throw new ProjectionException("not a quantity: \"" + quantity + "\"");
		}
		BigDecimal number = new BigDecimal(m.group(1));
		if (m.group(2) != null) {
			return new BigDecimal(m.group(1) + m.group(2));
		}
		String suffix = m.group(3);
		if (suffix == null) {
			return number;
		}
		return switch (suffix) {
			case "Ki" -> number.multiply(BigDecimal.valueOf(1L << 10));
			case "Mi" -> number.multiply(BigDecimal.valueOf(1L << 20));
			case "Gi" -> number.multiply(BigDecimal.valueOf(1L << 30));
			case "Ti" -> number.multiply(BigDecimal.valueOf(1L << 40));
			case "Pi" -> number.multiply(BigDecimal.valueOf(1L << 50));
			case "Ei" -> number.multiply(BigDecimal.valueOf(1L << 60));
			case "n" -> number.movePointLeft(9);
			case "u" -> number.movePointLeft(6);
			case "m" -> number.movePointLeft(3);
			case "k" -> number.movePointRight(3);
			case "M" -> number.movePointRight(6);
			case "G" -> number.movePointRight(9);
			case "T" -> number.movePointRight(12);
			case "P" -> number.movePointRight(15);
			default -> number.movePointRight(18);
		};
	}

	/** CPU in millicores, rounded up as the scheduler does. */
	public static long millis(String quantity) {
		long fast = integral(quantity, 3);
		return fast >= 0 ? fast : parse(quantity).movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
	}

	/** Bytes (or any plain count), rounded up. */
	public static long whole(String quantity) {
		long fast = integral(quantity, 0);
		return fast >= 0 ? fast : parse(quantity).setScale(0, RoundingMode.CEILING).longValueExact();
	}

	/**
	 * The common forms ("250m", "384Mi", "16", "64700000Ki") without regex or BigDecimal, which cost more than the
	 * rest of a pod's decoding: a whole number of up to 15 digits and a suffix, times 10^scale, rounded up.
	 * -1 for anything else (fractions, exponents, signs, overflow), which the exact path then reads.
	 */
	static long integral(String q, int scale) {
		int n = q.length();
		int i = 0;
		long digits = 0;
		while (i < n && i < 15 && q.charAt(i) >= '0' && q.charAt(i) <= '9') {
			digits = digits * 10 + (q.charAt(i++) - '0');
		}
		if (i == 0) {
			return -1;
		}
		String suffix = q.substring(i);
		int shift = 0;
		int exponent = scale;
		switch (suffix) {
			case "" -> { }
			case "m" -> exponent -= 3;
			case "k" -> exponent += 3;
			case "M" -> exponent += 6;
			case "G" -> exponent += 9;
			case "Ki" -> shift = 10;
			case "Mi" -> shift = 20;
			case "Gi" -> shift = 30;
			case "Ti" -> shift = 40;
			default -> {
				return -1;
			}
		}
		try {
			long value = Math.multiplyExact(digits, 1L << shift);
			for (int e = 0; e < exponent; e++) {
				value = Math.multiplyExact(value, 10);
			}
			long divisor = 1;
			for (int e = exponent; e < 0; e++) {
				divisor *= 10;
			}
			return (value + divisor - 1) / divisor;
		}
		catch (ArithmeticException ex) {
			return -1;
		}
	}

}
