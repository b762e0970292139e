package dev.kubeprint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON object with {@code {{key}}} holes, compact as an API server writes it, rendered by copying bytes: the fake
 * server fills 150,000 of them per list on the cores the client is measured on, so it must cost little next to
 * a real server's encoding. {@code "{{#key}}"} (quoted) is a number hole, so the template file stays valid JSON.
 */
final class Template {

	private static final Pattern HOLE = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

	private final byte[][] literals;

	private final int[] slots;

	private Template(byte[][] literals, int[] slots) {
		this.literals = literals;
		this.slots = slots;
	}

	/** @param keys the holes' names, in the order {@link #render} takes their values */
	static Template load(String resource, String... keys) {
		try (InputStream in = Template.class.getResourceAsStream(resource)) {
			String pretty = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return compile(JsonMapper.builder().build().readTree(pretty).toString(), List.of(keys));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Template compile(String json, List<String> keys) {
		String text = json.replaceAll("\"\\{\\{#([a-zA-Z]+)}}\"", "{{$1}}");
		List<byte[]> literals = new ArrayList<>();
		List<Integer> slots = new ArrayList<>();
		Matcher m = HOLE.matcher(text);
		int at = 0;
		while (m.find()) {
			int slot = keys.indexOf(m.group(1));
			if (slot < 0) {
				throw new IllegalArgumentException("no value for {{" + m.group(1) + "}}");
			}
			literals.add(text.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
			slots.add(slot);
			at = m.end();
		}
		literals.add(text.substring(at).getBytes(StandardCharsets.UTF_8));
		return new Template(literals.toArray(byte[][]::new), slots.stream().mapToInt(Integer::intValue).toArray());
	}

	/** Values are JSON-safe ASCII (names, numbers, addresses), so they are copied without escaping. */
	byte[] render(String... values) {
		byte[][] bytes = new byte[values.length][];
		int length = 0;
		for (byte[] literal : literals) {
			length += literal.length;
		}
		for (int i = 0; i < values.length; i++) {
			bytes[i] = values[i].getBytes(StandardCharsets.ISO_8859_1);
		}
		for (int slot : slots) {
			length += bytes[slot].length;
		}
		byte[] out = new byte[length];
		int at = 0;
		for (int i = 0; i < slots.length; i++) {
			System.arraycopy(literals[i], 0, out, at, literals[i].length);
			at += literals[i].length;
			byte[] value = bytes[slots[i]];
			System.arraycopy(value, 0, out, at, value.length);
			at += value.length;
		}
		System.arraycopy(literals[slots.length], 0, out, at, literals[slots.length].length);
		return out;
	}

}
