package dev.kubeprint.cluster.snapshot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/**
 * Dates a snapshot by what its objects say happened last: a dump has no clock of its own, and a file's
 * modification time says when it was copied, not when the cluster looked like this. Only times the cluster
 * wrote as things happened are used; deletionTimestamp is left out (it lies in the future during a grace
 * period), and so are annotations (certificates and schedules name future times).
 */
final class Timestamps {

	private static final String[] CONDITION_TIMES = { "lastHeartbeatTime", "lastTransitionTime", "lastProbeTime",
			"lastUpdateTime" };

	private static final String[] EVENT_TIMES = { "lastTimestamp", "eventTime", "firstTimestamp" };

	private Timestamps() {
	}

	/** The newest time in one object, or null when it holds none. */
	static Instant newest(JsonNode object) {
		Instant newest = null;
		JsonNode meta = object.path("metadata");
		newest = later(newest, meta.path("creationTimestamp"));
		for (JsonNode field : meta.path("managedFields")) {
			newest = later(newest, field.path("time"));
		}
		for (String name : EVENT_TIMES) {
			newest = later(newest, object.path(name));
		}
		newest = later(newest, object.path("series").path("lastObservedTime"));
		newest = later(newest, object.path("spec").path("renewTime"));
		JsonNode status = object.path("status");
		for (JsonNode condition : status.path("conditions")) {
			for (String name : CONDITION_TIMES) {
				newest = later(newest, condition.path(name));
			}
		}
		for (JsonNode container : status.path("containerStatuses")) {
			newest = later(newest, container.path("state").path("running").path("startedAt"));
			newest = later(newest, container.path("state").path("terminated").path("finishedAt"));
		}
		return newest;
	}

	static Instant later(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	private static Instant later(Instant newest, JsonNode time) {
		String text = time.isString() ? time.asString() : "";
		if (text.isEmpty()) {
			return newest;
		}
		try {
			return later(newest, OffsetDateTime.parse(text).toInstant());
		}
		catch (DateTimeParseException ex) {
			// A malformed time only costs the estimate of the capture time.
			return newest;
		}
	}

}
