package dev.kubeprint.cluster.live;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Lets a projection read an object as usual while noting its {@code metadata.resourceVersion} as it streams
 * past: projections have no use for it, but a watch must resume from the last one seen. Reading it here
 * saves decoding each object twice.
 */
final class VersionCapturingParser extends JsonParserDelegate {

	private TokenStreamContext object;

	private String resourceVersion;

	VersionCapturingParser(JsonParser delegate) {
		super(delegate);
	}

	/** Called on an object's START_OBJECT: captures that object's version from here on. */
	void begin() {
		object = delegate.streamReadContext();
		resourceVersion = null;
	}

	String resourceVersion() {
		return resourceVersion;
	}

	@Override
	public JsonToken nextToken() {
		JsonToken t = delegate.nextToken();
		if (t == JsonToken.VALUE_STRING && object != null) {
			TokenStreamContext ctx = delegate.streamReadContext();
			if (ctx.getParent() == object && "resourceVersion".equals(ctx.currentName())
					&& "metadata".equals(object.currentName())) {
				resourceVersion = delegate.getString();
			}
		}
		return t;
	}

	/**
	 * Moves past the rest of the current object, token by token so that its version is still seen, and leaves
	 * the parser on its END_OBJECT. {@code container} is the context that holds the object.
	 */
	void finishObject(TokenStreamContext container) {
		while (!(delegate.currentToken() == JsonToken.END_OBJECT && delegate.streamReadContext() == container)) {
			if (nextToken() == null) {
				throw new IllegalStateException("the response ended inside an object");
			}
		}
	}

}
