package dev.kubeprint.workloads;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.i18n.Texts;

/** Why a kind could not be read, in the page's words: a kind nobody collected is unknown, never zero. */
final class Unread {

	private Unread() {
	}

	/** Empty when the kind's items can be used. */
	static String of(FactKind<?> kind, Availability availability, Texts t) {
		if (availability.hasData()) {
			return "";
		}
		String state = t.get("availability." + availability.state());
		return availability.reason().isEmpty() || availability.reason().equals(state)
				? t.get("workloads.unread", kind.resourceName(), state)
				: t.get("workloads.unread.reason", kind.resourceName(), state, availability.reason());
	}

}
