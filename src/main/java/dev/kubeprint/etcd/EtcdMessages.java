package dev.kubeprint.etcd;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * The panel's texts from {@code i18n/etcd*.properties}, for use without Spring. In the application the same
 * file can be added to {@code spring.messages.basename} and {@code texts::get} passed instead.
 */
public final class EtcdMessages {

	static final String BUNDLE = "i18n/etcd";

	private EtcdMessages() {
	}

	public static BiFunction<String, Object[], String> of(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return (code, args) -> {
			try {
				return new MessageFormat(bundle.getString(code), locale).format(args);
			}
			catch (MissingResourceException ex) {
				throw new IllegalArgumentException("no etcd text " + code + " for " + locale, ex);
			}
		};
	}

}
