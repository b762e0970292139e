package dev.kubeprint.network;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 range, normalised so that "10.244.1.0/16" and "10.244.0.0/16" compare equal.
 *
 * @param bits 32 or 128
 */
record Cidr(BigInteger network, int prefix, int bits) {

	/** Literal addresses only: InetAddress.getByName would resolve a host name, which a page must never do. */
	private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	static Optional<Cidr> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = text.trim();
		int slash = s.indexOf('/');
		String address = slash < 0 ? s : s.substring(0, slash);
		if (address.isEmpty() || !LITERAL.matcher(address).matches()) {
			return Optional.empty();
		}
		try {
			byte[] bytes = dottedQuad(address);
			if (bytes == null) {
				bytes = InetAddress.getByName(address).getAddress();
			}
			int bits = bytes.length * 8;
			int prefix = slash < 0 ? bits : Integer.parseInt(s.substring(slash + 1));
			if (prefix < 0 || prefix > bits) {
				return Optional.empty();
			}
			BigInteger value = new BigInteger(1, bytes);
			return Optional.of(new Cidr(value.and(mask(prefix, bits)), prefix, bits));
		}
		catch (UnknownHostException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** "10.244.0.0/16,fd00::/56" as dual-stack clusters write it; unreadable parts are left out. */
	static List<Cidr> parseList(String text) {
		List<Cidr> cidrs = new ArrayList<>();
		if (text != null) {
			for (String part : text.split(",")) {
				parse(part).ifPresent(cidrs::add);
			}
		}
		return cidrs;
	}

	/**
	 * "10.244.1.7" read directly: a cluster's every pod IP is parsed several times per facts version, and at 150,000
	 * pods InetAddress with its checks was the network analysis' largest cost. Anything else (IPv6, a leading zero,
	 * fewer parts) is left to InetAddress.
	 */
	private static byte[] dottedQuad(String address) {
		byte[] bytes = new byte[4];
		int part = 0;
		int value = 0;
		int digits = 0;
		for (int i = 0; i <= address.length(); i++) {
			char c = i < address.length() ? address.charAt(i) : '.';
			if (c == '.') {
				if (digits == 0 || part == 4) {
					return null;
				}
				bytes[part++] = (byte) value;
				value = 0;
				digits = 0;
			}
			else if (c >= '0' && c <= '9' && !(digits == 1 && value == 0)) {
				value = value * 10 + (c - '0');
				if (++digits > 3 || value > 255) {
					return null;
				}
			}
			else {
				return null;
			}
		}
		return part == 4 ? bytes : null;
	}

	private static final BigInteger[] IPV4_MASKS = masks(32);

	private static final BigInteger[] IPV6_MASKS = masks(128);

	private static BigInteger[] masks(int bits) {
		BigInteger[] masks = new BigInteger[bits + 1];
		for (int prefix = 0; prefix <= bits; prefix++) {
			masks[prefix] = BigInteger.ONE.shiftLeft(bits)
				.subtract(BigInteger.ONE)
				.xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
		}
		return masks;
	}

	private static BigInteger mask(int prefix, int bits) {
		return (bits == 32 ? IPV4_MASKS : IPV6_MASKS)[prefix];
	}

	boolean contains(Cidr other) {
		return bits == other.bits && prefix <= other.prefix && other.network.and(mask(prefix, bits)).equals(network);
	}

	boolean overlaps(Cidr other) {
		return contains(other) || other.contains(this);
	}

	/** Addresses in the range; only meaningful for IPv4 and small IPv6 ranges, so capped at Long.MAX_VALUE. */
	long size() {
		int hostBits = bits - prefix;
		return hostBits >= 63 ? Long.MAX_VALUE : 1L << hostBits;
	}

	/** The range that holds this address with the given prefix, e.g. a node's /24. */
	Cidr widen(int newPrefix) {
		return new Cidr(network.and(mask(newPrefix, bits)), newPrefix, bits);
	}

	@Override
	public String toString() {
		byte[] raw = network.toByteArray();
		byte[] bytes = new byte[bits / 8];
		int copy = Math.min(raw.length, bytes.length);
		System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
		try {
			String host = InetAddress.getByAddress(bytes).getHostAddress();
			return host + "/" + prefix;
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
