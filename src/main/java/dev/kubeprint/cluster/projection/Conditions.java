package dev.kubeprint.cluster.projection;

import java.time.Instant;

import dev.kubeprint.cluster.facts.ConditionFact;
import tools.jackson.core.JsonParser;

/** Reads one condition of a node, pod or claim. */
final class Conditions {

	private static final Fields<Condition> FIELDS = new Fields<Condition>()
		.text("type", (c, v) -> c.type = c.in.intern(v))
		.text("status", (c, v) -> c.status = c.in.intern(v))
		.text("reason", (c, v) -> c.reason = c.in.intern(v))
		.text("message", (c, v) -> c.message = v)
		.time("lastTransitionTime", (c, v) -> c.transition = v);

	private Conditions() {
	}

	/**
	 * The heartbeat is left out on purpose: it changes with every status report of a live node while meaning
	 * nothing, and a fact that kept it would make every report a change to publish.
	 */
	static ConditionFact read(JsonParser p, Interner in) {
		Condition c = FIELDS.read(p, new Condition(in));
		return new ConditionFact(c.type, c.status, c.reason, c.message, c.transition);
	}

	private static final class Condition {

		final Interner in;

		String type = "";

		String status = "";

		String reason = "";

		String message = "";

		Instant transition;

		Condition(Interner in) {
			this.in = in;
		}

	}

}
