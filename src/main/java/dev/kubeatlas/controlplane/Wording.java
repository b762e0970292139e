package dev.kubeatlas.controlplane;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Looks up the words of a view by message code, as {@code dev.kubeatlas.i18n.Texts#get} does: pass
 * {@code texts::get} to speak the reader's language once the codes of {@code i18n/apiserver.properties}
 * are in the app's message files (or "i18n/apiserver" is added to spring.messages.basename).
 */
@FunctionalInterface
public interface Wording {

	String get(String code, Object... args);

	/** The English words of {@code i18n/apiserver.properties}, without Spring. */
	static Wording english() {
		return English.WORDING;
	}

	/** Loaded once; a missing code is a bug, so it fails loudly instead of showing the code. */
	final class English {

		private static final Wording WORDING = load();

		private English() {
		}

		private static Wording load() {
			Properties messages = new Properties();
			try (InputStream in = Wording.class.getResourceAsStream("/i18n/apiserver.properties")) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return (code, args) -> {
				String pattern = messages.getProperty(code);
				if (pattern == null) {
					throw new IllegalArgumentException("no message " + code + " in i18n/apiserver.properties");
				}
				return new MessageFormat(pattern, Locale.ENGLISH).format(args);
			};
		}

	}

}
