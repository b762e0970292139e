package dev.kubeatlas.cluster.projection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
		JsonToken t = p.currentToken();
		if (t == JsonToken.VALUE_NULL) {
			return;
		}
		if (t != JsonToken.START_OBJECT) {
			throw new ProjectionException("expected an object at '" + p.currentName()
					+ "' but found " + describe(t));
		}
		String name;
		while ((name = p.nextName()) != null) {
			p.nextToken();
			if (!property.read(name)) {
				p.skipChildren();
			}
		}
	}

	static void array(JsonParser p, Runnable element) {
		JsonToken t = p.currentToken();
		if (t == JsonToken.VALUE_NULL) {
			return;
		}
		if (t != JsonToken.START_ARRAY) {
			throw new ProjectionException(
					"expected a list at '" + p.currentName() + "' but found " + describe(t));
		}
		while (p.nextToken() != JsonToken.END_ARRAY) {
			element.run();
		}
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
		Map<String, String> map = new HashMap<>();
		object(p, (name) -> {
			map.put(name, text(p));
			return true;
		});
		return map;
	}

	static List<String> stringList(JsonParser p) {
		List<String> list = new ArrayList<>();
		array(p, () -> list.add(text(p)));
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
