package dev.kubeatlas.cluster.projection;

import java.time.Instant;

import dev.kubeatlas.cluster.facts.ConditionFact;
import tools.jackson.core.JsonParser;

/** Reads one condition of a node, pod or claim. */
final class Conditions {

	/**
	 * A condition with its last heartbeat. The heartbeat is no part of the condition's meaning (it changes
	 * every few seconds on a live node) but it is the best estimate of when a snapshot was captured.
	 */
	record Read(ConditionFact condition, Instant heartbeat) {
	}

	private Conditions() {
	}

	static Read read(JsonParser p, Interner in) {
		String[] v = { "", "", "", "" };
		Instant[] times = new Instant[2];
		Json.object(p, (f) -> switch (f) {
			case "type" -> {
				v[0] = in.intern(Json.text(p));
				yield true;
			}
			case "status" -> {
				v[1] = in.intern(Json.text(p));
				yield true;
			}
			case "reason" -> {
				v[2] = in.intern(Json.text(p));
				yield true;
			}
			case "message" -> {
				v[3] = Json.text(p);
				yield true;
			}
			case "lastTransitionTime" -> {
				times[0] = Json.time(p);
				yield true;
			}
			case "lastHeartbeatTime" -> {
				times[1] = Json.time(p);
				yield true;
			}
			default -> false;
		});
		return new Read(new ConditionFact(v[0], v[1], v[2], v[3], times[0]), times[1] != null ? times[1] : times[0]);
	}

}
