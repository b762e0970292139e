package dev.kubeatlas.cluster.projection;

import java.time.Instant;

import dev.kubeatlas.cluster.facts.ConditionFact;
import tools.jackson.core.JsonParser;

/** Reads one condition of a node, pod or claim. */
final class Conditions {

	private static final Fields<Condition> FIELDS = new Fields<Condition>()
		.text("type", (c, v) -> c.type = c.in.intern(v))
		.text("status", (c, v) -> c.status = c.in.intern(v))
		.text("reason", (c, v) -> c.reason = c.in.intern(v))
		.text("message", (c, v) -> c.message = v)
		.time("lastTransitionTime", (c, v) -> c.transition = v)
		.time("lastHeartbeatTime", (c, v) -> c.heartbeat = v);

	/**
	 * A condition with its last heartbeat. The heartbeat is no part of the condition's meaning (it changes
	 * every few seconds on a live node) but it is the best estimate of when a snapshot was captured.
	 */
	record Read(ConditionFact condition, Instant heartbeat) {
	}

	private Conditions() {
	}

	static Read read(JsonParser p, Interner in) {
		Condition c = FIELDS.read(p, new Condition(in));
		return new Read(new ConditionFact(c.type, c.status, c.reason, c.message, c.transition),
				c.heartbeat != null ? c.heartbeat : c.transition);
	}

	private static final class Condition {

		final Interner in;

		String type = "";

		String status = "";

		String reason = "";

		String message = "";

		Instant transition;

		Instant heartbeat;

		Condition(Interner in) {
			this.in = in;
		}

	}

}
