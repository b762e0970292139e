package dev.kubeprint.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.kubeprint.reference.LocalizedText;

/**
 * UI text in one language, handed to analyzers so they stay pure functions of their inputs while the
 * reasons they write ("1 of 24 nodes NotReady") come out in the reader's language. The one way to get a
 * localized sentence: the app and the tests read the same message files through the same source, and a
 * missing code is an error naming it rather than a code shown to the reader.
 */
public record Texts(MessageSource messages, Locale locale) {

	/** One bundle per feature, so features add their texts without touching each other's files. */
	static final List<String> BUNDLES = List.of("i18n/messages", "i18n/apiserver", "i18n/controlplane", "i18n/etcd",
			"i18n/nodes", "i18n/network", "i18n/versions", "i18n/scale", "i18n/storage", "i18n/distribution",
			"i18n/workloads", "i18n/alerts", "i18n/problems", "i18n/checklist", "i18n/findings", "i18n/fleet");

	public String get(String code, Object... args) {
		return messages.getMessage(code, args, locale);
	}

	public String pick(LocalizedText text) {
		return text == null ? "" : text.in(locale);
	}

	/** The app's message files without Spring, for analyzer tests. */
	public static Texts of(Locale locale) {
		return new Texts(messageSource(), locale);
	}

	/**
	 * English is the base file of every bundle; any language without its own file reads it, whatever the
	 * machine's locale. Every text is a MessageFormat pattern, with or without arguments, so an apostrophe is
	 * written '' everywhere.
	 */
	static MessageSource messageSource() {
		ResourceBundleMessageSource source = new FormattedOnce();
		source.setBasenames(BUNDLES.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/**
	 * A text without arguments formatted once per language, as a MessageFormat pattern like every other: Spring
	 * formats each under a lock on its shared MessageFormat, and a page's layout writes dozens of them, so a hundred
	 * readers queued on the same few locks. Texts with arguments are still formatted per call.
	 */
	private static final class FormattedOnce extends ResourceBundleMessageSource {

		/** Codes × languages; languages come from callers, so past this the texts are formatted per call. */
		private static final int MOST = 20_000;

		private final Map<String, String> formatted = new ConcurrentHashMap<>();

		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			String key = code + '|' + locale.toLanguageTag();
			String known = formatted.get(key);
			if (known != null) {
				return known;
			}
			MessageFormat format = resolveCode(code, locale);
			if (format == null) {
				return null;
			}
			String text;
			synchronized (format) {
				text = format.format(new Object[0]);
			}
			if (formatted.size() < MOST) {
				formatted.put(key, text);
			}
			return text;
		}

	}

}
