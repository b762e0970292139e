package dev.kubeprint.i18n;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import dev.kubeprint.reference.LocalizedText;

/**
 * UI text in one language, handed to analyzers so they stay pure functions of their inputs while the
 * reasons they write ("1 of 24 nodes NotReady") come out in the reader's language.
 */
public record Texts(MessageSource messages, Locale locale) {

	public String get(String code, Object... args) {
		return messages.getMessage(code, args, locale);
	}

	public String pick(LocalizedText text) {
		return text == null ? "" : text.in(locale);
	}

	/** The app's message files without Spring, for analyzer tests. */
	public static Texts of(Locale locale) {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/messages", "i18n/apiserver", "i18n/controlplane", "i18n/etcd", "i18n/nodes", "i18n/network",
				"i18n/versions", "i18n/scale", "i18n/storage");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new Texts(source, locale);
	}

}
