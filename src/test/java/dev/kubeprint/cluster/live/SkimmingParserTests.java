package dev.kubeprint.cluster.live;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.projection.Interner;
import dev.kubeprint.cluster.projection.Projection;
import dev.kubeprint.cluster.projection.Projections;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

import static dev.kubeprint.cluster.live.LiveTestSupport.JSON;
import static dev.kubeprint.cluster.live.LiveTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkimmingParserTests {

	/** Every trap for a byte scanner: brackets, quotes and backslashes inside strings, escapes, deep nesting. */
	private static final String HOSTILE = """
			{"before":"kept","skip":{"a":"]}],\\"}{[","b\\"]}":["\\\\","\\\\\\"","\\u0022]}","\\u005c","x\\/y"],
			 "c":{"d":[[[[[[[[[[{"e":[]}]]]]]]]]]],"f":"","g":[true,false,null,-1.5e3,{}],"h":"日本語 ]} \\ud83d\\ude00"}},
			 "deep":%s,
			 "managedFields":[{"manager":"kubelet","fieldsV1":{"f:status":{"k:{\\"type\\":\\"Ready\\"}":{".":{}}}}}],
			 "after":"still read","last":[1,{"x":"y"}]}
			""".formatted("[".repeat(300) + "\"]}\"" + "]".repeat(300));

	@Test
	void skipsHostileSubtreesExactlyAndReadsWhatFollows() {
		for (int skip = 0; skip < 40; skip++) {
			assertThat(walk(SkimmingParser.over(bytes(HOSTILE)), skip))
				.as("skipping container %d", skip)
				.isEqualTo(walk(JSON.createParser(HOSTILE), skip));
		}
		assertThat(walk(SkimmingParser.over(bytes(HOSTILE)), 1)).contains("after=still read");
	}

	@Test
	void skipsTheSameAcrossEveryBufferBoundary() {
		// A byte per read: every escape, quote and bracket falls on a boundary once
		for (int skip = 0; skip < 12; skip++) {
			assertThat(walk(SkimmingParser.over(oneByteAtATime(HOSTILE)), skip))
				.isEqualTo(walk(JSON.createParser(HOSTILE), skip));
		}
	}

	@Test
	void keepsLineNumbersOfPrettyPrintedInput() {
		String pretty = "{\n \"skip\": {\n  \"a\": [\n   1,\n   2\n  ]\n },\n \"after\": 1\n}";
		try (JsonParser skimming = SkimmingParser.over(bytes(pretty)); JsonParser jackson = JSON.createParser(pretty)) {
			for (JsonParser p : List.of(skimming, jackson)) {
				p.nextToken();
				p.nextName();
				p.nextToken();
				p.skipChildren();
				assertThat(p.nextName()).isEqualTo("after");
			}
			assertThat(skimming.currentLocation().getLineNr()).isEqualTo(jackson.currentLocation().getLineNr());
		}
	}

	@Test
	void decodesTheRealListsAsJacksonDoes() {
		for (var listed : List.of(List.of("pods-list-page.json", FactKind.PODS),
				List.of("nodes-list-page.json", FactKind.NODES))) {
			String body = fixture((String) listed.get(0));
			Projection<?> projection = Projections.of((FactKind<?>) listed.get(1));
			assertThat(items(SkimmingParser.over(bytes(body)), projection))
				.as((String) listed.get(0))
				.isNotEmpty()
				.isEqualTo(items(JSON.createParser(body), projection));
		}
	}

	@Test
	void failsOnBracketsThatDoNotPair() {
		assertThatThrownBy(() -> skipFirstValue("{\"skip\":[{\"a\":1]}],\"after\":1}"))
			.isInstanceOf(StreamReadException.class)
			.hasMessageContaining("skipped value");
		assertThatThrownBy(() -> skipFirstValue("{\"skip\":{\"a\":\"never closed}]}"))
			.isInstanceOf(StreamReadException.class);
		assertThatThrownBy(() -> skipFirstValue("{\"skip\":[[[1,2]"))
			.isInstanceOf(StreamReadException.class);
	}

	@Test
	void keepsTheParsersNestingLimit() {
		String tooDeep = "{\"skip\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
		assertThatThrownBy(() -> skipFirstValue(tooDeep)).isInstanceOf(StreamConstraintsException.class);
	}

	@Test
	void findsQuotesAndBackslashesWhereverTheyFallInAWord() {
		for (int at = 0; at < 20; at++) {
			for (byte stop : new byte[] { '"', '\\' }) {
				byte[] text = "abcdefghijklmnopqrstu".getBytes(StandardCharsets.US_ASCII);
				text[at] = stop;
				assertThat(SkimmingParser.quoteOrBackslash(text, 0, text.length)).isEqualTo(at);
				assertThat(SkimmingParser.quoteOrBackslash(text, 0, at)).isEqualTo(at);
			}
		}
		byte[] high = "ééééééééé\"".getBytes(StandardCharsets.UTF_8);
		assertThat(SkimmingParser.quoteOrBackslash(high, 0, high.length)).isEqualTo(high.length - 1);
	}

	private static void skipFirstValue(String json) {
		try (JsonParser p = SkimmingParser.over(bytes(json))) {
			p.nextToken();
			p.nextName();
			p.nextToken();
			p.skipChildren();
			while (p.nextToken() != null) {
				// to the end, so a broken tail is found too
			}
		}
	}

	/** Every token as text, skipping the {@code skip}-th container met and walking the rest. */
	private static List<String> walk(JsonParser p, int skip) {
		List<String> tokens = new ArrayList<>();
		int containers = 0;
		try (p) {
			JsonToken t;
			while ((t = p.nextToken()) != null) {
				if (t.isStructStart() && containers++ == skip) {
					p.skipChildren();
					tokens.add("skipped to " + p.currentToken() + " depth " + p.streamReadContext().getNestingDepth());
					continue;
				}
				tokens.add(t == JsonToken.PROPERTY_NAME || t.isScalarValue() ? p.currentName() + "=" + p.getString()
						: t.toString());
			}
		}
		return tokens;
	}

	private static List<Object> items(JsonParser parser, Projection<?> projection) {
		List<Object> items = new ArrayList<>();
		try (parser) {
			ListDecoder.decode(parser, projection, new Interner(), items::add, (index, reason) -> items.add(reason));
		}
		return items;
	}

	private static InputStream bytes(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}

	private static InputStream oneByteAtATime(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, 1));
			}

		};
	}

}
