package dev.kubeprint.cluster.live;

import java.util.Optional;

import dev.kubeprint.cluster.projection.Interner;
import dev.kubeprint.cluster.projection.Projection;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a watch response, a stream of JSON events one after another, event by event as the server sends
 * them. Each event's object is projected as it streams past; bookmarks and errors carry no object worth
 * projecting.
 */
final class WatchDecoder {

	// Reads one object out of the middle of a stream, so what follows it is not an error.
	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/** What the watch loop does with each event. */
	interface Events<T> {

		/** ADDED or MODIFIED. */
		void upsert(T fact, String resourceVersion);

		void delete(T fact, String resourceVersion);

		void bookmark(String resourceVersion);

		/** An event whose object did not project; {@code resourceVersion} may be null. */
		void malformed(String type, String reason, String resourceVersion);

	}

	private WatchDecoder() {
	}

	/**
	 * Reads events until the server ends the stream (normal, returns empty) or sends an ERROR event (returns
	 * it). Blocks while the server is quiet.
	 */
	static <T> Optional<ApiFailure> decode(JsonParser parser, Projection<T> projection, Interner interner,
			Events<T> events) {
		VersionCapturingParser p = new VersionCapturingParser(parser);
		JsonToken t;
		while ((t = p.nextToken()) != null) {
			if (t != JsonToken.START_OBJECT) {
				throw new IllegalStateException("a watch event is not a JSON object");
			}
			Optional<ApiFailure> error = event(p, projection, interner, events);
			if (error.isPresent()) {
				return error;
			}
		}
		return Optional.empty();
	}

	private static <T> Optional<ApiFailure> event(VersionCapturingParser p, Projection<T> projection,
			Interner interner, Events<T> events) {
		String type = null;
		JsonNode early = null;
		Optional<ApiFailure> error = Optional.empty();
		String name;
		while ((name = p.nextName()) != null) {
			JsonToken t = p.nextToken();
			if ("type".equals(name)) {
				type = p.getValueAsString("");
			}
			else if ("object".equals(name) && t == JsonToken.START_OBJECT) {
				if (type == null) {
					// The API server writes "type" first; anything else is rare enough to buffer this one event.
					early = MAPPER.readTree(p);
				}
				else {
					error = object(type, p, projection, interner, events);
				}
			}
			else {
				p.skipChildren();
			}
		}
		if (early != null && type != null) {
			try (JsonParser buffered = MAPPER.treeAsTokens(early)) {
				VersionCapturingParser b = new VersionCapturingParser(buffered);
				b.nextToken();
				error = object(type, b, projection, interner, events);
			}
		}
		return error;
	}

	private static <T> Optional<ApiFailure> object(String type, VersionCapturingParser p, Projection<T> projection,
			Interner interner, Events<T> events) {
		TokenStreamContext container = p.streamReadContext().getParent();
		p.begin();
		switch (type) {
			case "ADDED", "MODIFIED", "DELETED" -> {
				T fact;
				try {
					fact = projection.project(p, interner);
				}
				catch (RuntimeException ex) {
					if (!Malformed.isObjectLevel(ex)) {
						throw ex;
					}
					p.finishObject(container);
					events.malformed(type, Malformed.describe(ex), p.resourceVersion());
					return Optional.empty();
				}
				if ("DELETED".equals(type)) {
					events.delete(fact, p.resourceVersion());
				}
				else {
					events.upsert(fact, p.resourceVersion());
				}
			}
			case "BOOKMARK" -> {
				p.finishObject(container);
				if (p.resourceVersion() != null) {
					events.bookmark(p.resourceVersion());
				}
			}
			case "ERROR" -> {
				return Optional.of(StatusReader.status(p));
			}
			default -> {
				p.finishObject(container);
				events.malformed(type, "unknown watch event type", p.resourceVersion());
			}
		}
		return Optional.empty();
	}

}
