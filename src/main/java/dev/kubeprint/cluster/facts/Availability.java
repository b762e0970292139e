package dev.kubeprint.cluster.facts;

import java.time.Instant;

/**
 * Whether a kind of fact could be had, and if not, why. A panel shows this instead of guessing.
 *
 * @param state what happened
 * @param reason words for a person, already specific ("list persistentvolumes is forbidden ...")
 * @param verb with FORBIDDEN, the verb to grant
 * @param resource with FORBIDDEN, the resource to grant it on
 * @param since with STALE, when the data was last known current
 */
public record Availability(State state, String reason, String verb, String resource, Instant since) {

	public enum State {

		OK, LOADING, STALE, FORBIDDEN, UNREACHABLE, NOT_APPLICABLE,
		/**
		 * A dump that did not collect the kind: nothing is known of it, which is not the same as "there are
		 * none". Not a failure of the source either: the dump is what it is.
		 */
		NOT_COLLECTED;

		public String cssClass() {
			return name().toLowerCase().replace('_', '-');
		}

	}

	private static final Availability OK = new Availability(State.OK, "", null, null, null);

	public static Availability ok() {
		return OK;
	}

	public static Availability loading() {
		return new Availability(State.LOADING, "waiting for the first list", null, null, null);
	}

	/** Loading, with how far the first list has come in words (see {@link ListProgress#describe()}). */
	public static Availability listing(String progress) {
		return new Availability(State.LOADING, progress, null, null, null);
	}

	public static Availability stale(Instant since, String reason) {
		return new Availability(State.STALE, reason, null, null, since);
	}

	public static Availability forbidden(String verb, String resource, String reason) {
		return new Availability(State.FORBIDDEN, reason, verb, resource, null);
	}

	public static Availability unreachable(String reason) {
		return new Availability(State.UNREACHABLE, reason, null, null, null);
	}

	public static Availability notApplicable(String reason) {
		return new Availability(State.NOT_APPLICABLE, reason, null, null, null);
	}

	/** A kind a dump does not contain: unknown, never "none". */
	public static Availability notCollected(String reason) {
		return new Availability(State.NOT_COLLECTED, reason, null, null, null);
	}

	/** Only OK is OK: a kind not collected has no items because nobody looked, not because there are none. */
	public boolean isOk() {
		return state == State.OK;
	}

	/** Absent by the nature of the source (a dump, a managed control plane), not because something failed. */
	public boolean absentByNature() {
		return state == State.NOT_APPLICABLE || state == State.NOT_COLLECTED;
	}

	/** True when the items can be used, possibly old: a stale list is still the best we know. */
	public boolean hasData() {
		return state == State.OK || state == State.STALE;
	}

}
