package dev.kubeprint.cluster.projection;

import java.time.Instant;

import dev.kubeprint.cluster.facts.EventBound;
import dev.kubeprint.cluster.facts.EventFact;

/**
 * Core v1 Events, as the API serves them whichever API wrote them: events.k8s.io writers leave the old
 * timestamps empty and fill eventTime and series instead, so each time has its fallbacks.
 */
final class EventProjection {

	private EventProjection() {
	}

	private static final Fields<Event> INVOLVED = new Fields<Event>().text("kind", (e, v) -> e.kind = v)
		.text("name", (e, v) -> e.involved = v);

	private static final Fields<Event> SERIES = new Fields<Event>().integer("count", (e, v) -> e.seriesCount = v)
		.time("lastObservedTime", (e, v) -> e.seriesLast = v);

	private static final Fields<Event> FIELDS = new Fields<Event>()
		.field("metadata", (p, e) -> e.meta = Metadata.read(p, Metadata.PLAIN))
		.object("involvedObject", INVOLVED)
		.object("series", SERIES)
		.object("source", new Fields<Event>().text("component", (e, v) -> e.source = v))
		.text("reportingComponent", (e, v) -> e.reporting = v)
		.text("type", (e, v) -> e.type = v)
		.text("reason", (e, v) -> e.reason = v)
		.text("message", (e, v) -> e.message = v)
		.integer("count", (e, v) -> e.count = v)
		.time("firstTimestamp", (e, v) -> e.first = v)
		.time("lastTimestamp", (e, v) -> e.last = v)
		.time("eventTime", (e, v) -> e.eventTime = v);

	static final Projection<EventFact> EVENT = (p, in) -> {
		Event e = FIELDS.read(p, new Event());
		Metadata m = ConfigProjections.required(e.meta);
		Instant last = first(e.last, e.seriesLast, e.eventTime, m.created);
		int count = Math.max(1, Math.max(e.count, e.seriesCount));
		String message = e.message.length() > EventBound.MESSAGE_LENGTH
				? e.message.substring(0, EventBound.MESSAGE_LENGTH) + "…" : e.message;
		String source = e.source.isEmpty() ? e.reporting : e.source;
		return new EventFact(in.intern(m.namespace), m.name, in.intern(e.type), in.intern(e.kind), e.involved,
				in.intern(e.reason), message, count, first(e.first, e.eventTime), last, in.intern(source));
	};

	private static Instant first(Instant... times) {
		for (Instant t : times) {
			if (t != null) {
				return t;
			}
		}
		return null;
	}

	private static final class Event {

		Metadata meta;

		String kind = "";

		String involved = "";

		String type = "";

		String reason = "";

		String message = "";

		String source = "";

		String reporting = "";

		int count;

		int seriesCount;

		Instant first;

		Instant last;

		Instant seriesLast;

		Instant eventTime;

	}

}
