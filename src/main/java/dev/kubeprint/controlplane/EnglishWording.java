package dev.kubeprint.controlplane;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * {@code i18n/apiserver.properties} read once with the JDK, formatted by MessageFormat as Spring's
 * MessageSource would. A missing code is a bug, so it fails loudly instead of showing the code.
 */
final class EnglishWording implements Wording {

	static final EnglishWording INSTANCE = new EnglishWording("/i18n/apiserver.properties");

	private final Properties messages = new Properties();

	private final String file;

	private EnglishWording(String file) {
		this.file = file;
		try (InputStream in = EnglishWording.class.getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException(file + " is not on the classpath");
			}
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String get(String code, Object... args) {
		String pattern = messages.getProperty(code);
		if (pattern == null) {
			throw new IllegalArgumentException("no message " + code + " in " + file);
		}
		return new MessageFormat(pattern, Locale.ENGLISH).format(args);
	}

}
