package dev.kubeprint.cluster.projection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Walks a streaming parser over the parts of an object a projection wants and skips the rest unparsed,
 * which is what makes projection fast: a pod's managedFields and annotations are passed over, not decoded.
 * Every method starts with the parser on the value's first token and leaves it on the value's last token.
 */
final class Json {

	/** Handles one property; returns false to have the value skipped. */
	@FunctionalInterface
	interface Property {

		boolean read(String name);

	}

	private Json() {
	}

	static void object(JsonParser p, Property property) {
		if (!startObject(p)) {
			return;
		}
		String name;
		while ((name = p.nextName()) != null) {
			p.nextToken();
			if (!property.read(name)) {
				p.skipChildren();
			}
		}
	}

	/** Whether there is an object to read: false for null, a {@link ProjectionException} for anything else. */
	static boolean startObject(JsonParser p) {
		JsonToken t = p.currentToken();
		if (t == JsonToken.VALUE_NULL) {
			return false;
		}
		if (t != JsonToken.START_OBJECT) {
			throw new ProjectionException("expected an object at '" + p.currentName()
					+ "' but found " + describe(t));
		}
		return true;
	}

	/** Whether there is a list to read: false for null, a {@link ProjectionException} for anything else. */
	static boolean startArray(JsonParser p) {
		JsonToken t = p.currentToken();
		if (t == JsonToken.VALUE_NULL) {
			return false;
		}
		if (t != JsonToken.START_ARRAY) {
			throw new ProjectionException(
					"expected a list at '" + p.currentName() + "' but found " + describe(t));
		}
		return true;
	}

	/** Moves onto the next element of a list started with {@link #startArray}; false past its end. */
	static boolean nextElement(JsonParser p) {
		return p.nextToken() != JsonToken.END_ARRAY;
	}

	/** Scalars as text ("" for null); numbers and booleans too, since YAML often leaves strings unquoted. */
	static String text(JsonParser p) {
		JsonToken t = p.currentToken();
		if (t == JsonToken.VALUE_NULL) {
			return "";
		}
		if (!t.isScalarValue()) {
			throw new ProjectionException(
					"expected a value at '" + p.currentName() + "' but found " + describe(t));
		}
		return p.getValueAsString();
	}

	static long longValue(JsonParser p) {
		JsonToken t = p.currentToken();
		if (t == JsonToken.VALUE_NUMBER_INT) {
			return p.getLongValue();
		}
		String s = text(p);
		try {
			return s.isEmpty() ? 0 : Long.parseLong(s);
		}
		catch (NumberFormatException ex) {
			throw new ProjectionException("expected a number at '" + p.currentName() + "' but found \"" + s + "\"");
		}
	}

	static int intValue(JsonParser p) {
		return Math.toIntExact(longValue(p));
	}

	static boolean bool(JsonParser p) {
		JsonToken t = p.currentToken();
		if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
			return t == JsonToken.VALUE_TRUE;
		}
		return Boolean.parseBoolean(text(p));
	}

	/** RFC 3339 times as the API writes them, including MicroTime's six fractional digits; null when absent. */
	static Instant time(JsonParser p) {
		if (p.currentToken() == JsonToken.VALUE_STRING) {
			Instant fast = Rfc3339.parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
			if (fast != Rfc3339.UNRECOGNISED) {
				return fast;
			}
		}
		String s = text(p);
		if (s.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(s).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new ProjectionException("expected a time at '" + p.currentName() + "' but found \"" + s + "\"");
		}
	}

	static Map<String, String> stringMap(JsonParser p) {
		return stringMap(p, null);
	}

	/** @param keep the only keys kept, the others skipped unparsed; null keeps all */
	static Map<String, String> stringMap(JsonParser p, Predicate<String> keep) {
		// Most maps read with a filter keep nothing (a pod's annotations): no map until a key is kept.
		Map<String, String> map = Map.of();
		if (startObject(p)) {
			String name;
			while ((name = p.nextName()) != null) {
				p.nextToken();
				if (keep == null || keep.test(name)) {
					if (map.isEmpty()) {
						map = new HashMap<>();
					}
					map.put(name, text(p));
				}
				else {
					p.skipChildren();
				}
			}
		}
		return map;
	}

	static List<String> stringList(JsonParser p) {
		List<String> list = new ArrayList<>();
		if (startArray(p)) {
			while (nextElement(p)) {
				list.add(text(p));
			}
		}
		return list;
	}

	private static String describe(JsonToken t) {
		return switch (t) {
			case START_OBJECT -> "an object";
			case START_ARRAY -> "a list";
			case VALUE_STRING -> "a string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
			case VALUE_TRUE, VALUE_FALSE -> "a boolean";
			default -> String.valueOf(t);
		};
	}

}
