package dev.kubeprint.web.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Secrets are configured as SHA-256 hex only, so a leaked configuration opens nothing. */
final class Hashes {

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	private Hashes() {
	}

	static byte[] sha256(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return the digest, or null when the configured value is not 64 hex digits */
	static byte[] parse(String hex) {
		String normalized = hex == null ? "" : hex.trim().toLowerCase(Locale.ROOT);
		return SHA256_HEX.matcher(normalized).matches() ? HexFormat.of().parseHex(normalized) : null;
	}

	/** In constant time, so that response times say nothing about how much of a guess was right. */
	static boolean matches(String presented, byte[] expected) {
		return presented != null && expected != null && MessageDigest.isEqual(sha256(presented), expected);
	}

}
