package dev.kubeprint.cluster.live;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.kubeprint.cluster.projection.Interner;
import dev.kubeprint.cluster.projection.Projection;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Reads one LIST response as it arrives: the list's metadata and each item, projected while it streams past,
 * so a page of 500 pods or an unpaginated list of 150,000 never exists as a whole in memory.
 */
final class ListDecoder {

	/**
	 * @param resourceVersion the list's version, to watch from
	 * @param continueToken where the next page starts, or empty when this was the last page
	 * @param remainingItemCount how many items the server said were left, or -1
	 * @param items how many items this page held
	 */
	record Page(String resourceVersion, String continueToken, long remainingItemCount, int items) {

		boolean last() {
			return continueToken.isEmpty();
		}

	}

	private ListDecoder() {
	}

	/**
	 * @param parser positioned before the response's first token
	 * @param items receives each item that projected
	 * @param malformed receives a description of each item that did not, which is skipped
	 */
	static <T> Page decode(JsonParser parser, Projection<T> projection, Interner interner, Consumer<T> items,
			BiConsumer<Integer, String> malformed) {
		VersionCapturingParser p = new VersionCapturingParser(parser);
		if (p.nextToken() != JsonToken.START_OBJECT) {
			throw new IllegalStateException("the list response is not a JSON object");
		}
		String resourceVersion = "";
		String continueToken = "";
		long remaining = -1;
		int count = 0;
		String name;
		while ((name = p.nextName()) != null) {
			JsonToken t = p.nextToken();
			if ("metadata".equals(name) && t == JsonToken.START_OBJECT) {
				String field;
				while ((field = p.nextName()) != null) {
					p.nextToken();
					switch (field) {
						case "resourceVersion" -> resourceVersion = p.getValueAsString("");
						case "continue" -> continueToken = p.getValueAsString("");
						case "remainingItemCount" -> remaining = p.getValueAsLong(-1);
						default -> p.skipChildren();
					}
				}
			}
			else if ("items".equals(name) && t == JsonToken.START_ARRAY) {
				while (p.nextToken() == JsonToken.START_OBJECT) {
					count++;
					TokenStreamContext container = p.streamReadContext().getParent();
					try {
						items.accept(projection.project(p, interner));
					}
					catch (RuntimeException ex) {
						if (!Malformed.isObjectLevel(ex)) {
							throw ex;
						}
						malformed.accept(count, Malformed.describe(ex));
						p.finishObject(container);
					}
				}
				if (p.currentToken() != JsonToken.END_ARRAY) {
					throw new IllegalStateException("items holds something that is not an object");
				}
			}
			else {
				p.skipChildren();
			}
		}
		return new Page(resourceVersion, continueToken == null ? "" : continueToken, remaining, count);
	}

}
