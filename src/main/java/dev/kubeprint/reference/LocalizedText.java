package dev.kubeprint.reference;

import java.util.Locale;

/**
 * A human-readable text of the reference in English and Chinese.
 */
public record LocalizedText(String en, String zh) {

	/**
	 * The text for {@code locale}: Chinese for any {@code zh} locale (Simplified or
	 * Traditional, since the reference exists only in one Chinese), English otherwise.
	 * Falls back to the other language when the preferred one is blank, so a gap in the
	 * data shows the other language rather than nothing.
	 */
	public String in(Locale locale) {
		boolean chinese = locale != null && "zh".equals(locale.getLanguage());
		String preferred = chinese ? this.zh : this.en;
		if (!isBlank(preferred)) {
			return preferred;
		}
		String other = chinese ? this.en : this.zh;
		return isBlank(other) ? "" : other;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
