package dev.kubeprint.controlplane;

/**
 * Looks up the words of a view by message code, as {@code dev.kubeprint.i18n.Texts#get} does: pass
 * {@code texts::get} to speak the reader's language once the codes of {@code i18n/apiserver.properties}
 * are in the app's message files (or "i18n/apiserver" is added to spring.messages.basename).
 */
@FunctionalInterface
public interface Wording {

	String get(String code, Object... args);

	/** The English words of {@code i18n/apiserver.properties}, without Spring. */
	static Wording english() {
		return EnglishWording.INSTANCE;
	}

}
