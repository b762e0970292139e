package dev.kubeprint.cluster.projection;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;

import tools.jackson.core.JsonParser;

/**
 * The properties a projection keeps of one kind of object, declared once as a constant: each name maps to a
 * reader that stores its value into a mutable builder, and every other property is skipped unparsed. Declared
 * statically so that reading an object allocates its builder and the values kept, and no readers.
 */
final class Fields<B> {

	/** Reads one value into the builder, from its first token to its last. */
	@FunctionalInterface
	interface Reader<B> {

		void read(JsonParser p, B builder);

	}

	/** A setter of a primitive boolean, so that flags are not boxed on the way in. */
	@FunctionalInterface
	interface BooleanSetter<B> {

		void set(B builder, boolean value);

	}

	private final Map<String, Reader<B>> readers = new HashMap<>();

	/** A property read by hand: arrays, defaults that depend on null, values that need other properties. */
	Fields<B> field(String name, Reader<B> reader) {
		if (readers.putIfAbsent(name, reader) != null) {
			throw new IllegalStateException("'" + name + "' is declared twice");
		}
		return this;
	}

	/** A scalar as text; see {@link Json#text}. */
	Fields<B> text(String name, BiConsumer<B, String> setter) {
		return field(name, (p, b) -> setter.accept(b, Json.text(p)));
	}

	Fields<B> bool(String name, BooleanSetter<B> setter) {
		return field(name, (p, b) -> setter.set(b, Json.bool(p)));
	}

	Fields<B> integer(String name, ObjIntConsumer<B> setter) {
		return field(name, (p, b) -> setter.accept(b, Json.intValue(p)));
	}

	Fields<B> time(String name, BiConsumer<B, Instant> setter) {
		return field(name, (p, b) -> setter.accept(b, Json.time(p)));
	}

	Fields<B> strings(String name, BiConsumer<B, List<String>> setter) {
		return field(name, (p, b) -> setter.accept(b, Json.stringList(p)));
	}

	Fields<B> map(String name, BiConsumer<B, Map<String, String>> setter) {
		return field(name, (p, b) -> setter.accept(b, Json.stringMap(p)));
	}

	/** A nested object whose properties go into the same builder. */
	Fields<B> object(String name, Fields<B> nested) {
		return field(name, nested::read);
	}

	/** A list, each element read by {@code element} into the same builder. */
	Fields<B> each(String name, Reader<B> element) {
		return field(name, (p, b) -> {
			if (Json.startArray(p)) {
				while (Json.nextElement(p)) {
					element.read(p, b);
				}
			}
		});
	}

	/**
	 * Reads an object (or null, which leaves the builder as it is) into the builder and returns it, with the
	 * parser left on the object's last token.
	 */
	<T extends B> T read(JsonParser p, T builder) {
		if (Json.startObject(p)) {
			String name;
			while ((name = p.nextName()) != null) {
				p.nextToken();
				Reader<B> reader = readers.get(name);
				if (reader != null) {
					reader.read(p, builder);
				}
				else {
					p.skipChildren();
				}
			}
		}
		return builder;
	}

}
