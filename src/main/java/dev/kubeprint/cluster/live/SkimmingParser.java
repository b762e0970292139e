package dev.kubeprint.cluster.live;

import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * Jackson's UTF-8 parser, except that {@link #skipChildren()} passes over a skipped object or list byte by byte
 * instead of token by token. Jackson's own skip decodes every property name it passes and looks each up in its
 * symbol table; a real pod's managedFields is half the pod and nothing but names, many of them escaped and unique
 * per pod ({@code k:{\"ip\":\"10.…\"}}), which made name decoding the largest cost of a cold sync. Here a skipped
 * value costs a scan for quotes, backslashes and brackets.
 *
 * <p>The scan knows strings and their escapes, so brackets and quotes inside strings are passed over, and checks
 * that brackets pair up and that nesting stays within the parser's limit. It does not check what lies between
 * them (numbers, literals, commas): nothing there is read, and a broken response still fails where the brackets
 * or strings do not close. Public for the decode benchmark.
 */
public final class SkimmingParser extends UTF8StreamJsonParser {

	private static final Factory FACTORY = new Factory();

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	/** Which open levels of a skipped value are objects, one bit each: the first 64, then the rest. */
	private long shallow;

	private long[] deep = new long[1];

	private SkimmingParser(ObjectReadContext readContext, IOContext io, int streamFeatures, int formatFeatures,
			InputStream in, ByteQuadsCanonicalizer names) {
		super(readContext, io, streamFeatures, formatFeatures, in, names, io.allocReadIOBuffer(), 0, 0, 0, true);
	}

	/** A parser over a response body, which the API server always writes as UTF-8 without a byte order mark. */
	public static JsonParser over(InputStream in) {
		return FACTORY.createParser(ObjectReadContext.empty(), in);
	}

	@Override
	public JsonParser skipChildren() {
		JsonToken t = _currToken;
		if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
			skimToClose(t == JsonToken.START_OBJECT);
			// The parser reads the closing bracket itself, so its contexts and current token are as after its own skip
			nextToken();
		}
		return this;
	}

	/** Leaves the input on the bracket that closes the value just opened. */
	private void skimToClose(boolean object) {
		int depth = 0;
		mark(0, object);
		final int maxDepth = _streamReadConstraints.getMaxNestingDepth() - _streamReadContext.getNestingDepth();
		boolean inString = false;
		boolean escaped = false;
		while (true) {
			if (_inputPtr >= _inputEnd && !_loadMore()) {
				_reportInvalidEOF(": the input ended inside a skipped value", JsonToken.NOT_AVAILABLE);
			}
			final byte[] buffer = _inputBuffer;
			final int end = _inputEnd;
			int i = _inputPtr;
			while (i < end) {
				if (inString) {
					if (escaped) {
						escaped = false;
						i++;
						continue;
					}
					i = quoteOrBackslash(buffer, i, end);
					if (i < end) {
						escaped = inString = buffer[i++] != '"';
					}
					continue;
				}
				int c = buffer[i++];
				if (c == '"') {
					inString = true;
				}
				else if ((c | 0x20) == '{') { // '{' or '['
					if (++depth >= maxDepth) {
						_inputPtr = i;
						_streamReadConstraints.validateNestingDepth(_streamReadContext.getNestingDepth() + depth);
					}
					mark(depth, c == '{');
				}
				else if ((c | 0x20) == '}') { // '}' or ']'
					if (isObject(depth) != (c == '}')) {
						_inputPtr = i;
						_reportError("Unexpected close marker '" + (char) c + "' inside a skipped value");
					}
					if (depth-- == 0) {
						_inputPtr = i - 1;
						return;
					}
				}
				else if (c == '\n') {
					++_currInputRow;
					_currInputRowStart = i;
				}
			}
			_inputPtr = i;
		}
	}

	/**
	 * The index of the first quote or backslash from {@code i}, or {@code end}: eight bytes at a time, since most of
	 * what is skipped is inside strings.
	 */
	static int quoteOrBackslash(byte[] buffer, int i, int end) {
		while (i + 8 <= end) {
			long word = (long) LONGS.get(buffer, i);
			long quotes = word ^ 0x2222222222222222L;
			long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
			// A byte of zero in either marks a hit; the lowest one found this way is always a true one
			long hits = ((quotes - 0x0101010101010101L) & ~quotes | (backslashes - 0x0101010101010101L) & ~backslashes)
					& 0x8080808080808080L;
			if (hits != 0) {
				return i + (Long.numberOfTrailingZeros(hits) >>> 3);
			}
			i += 8;
		}
		while (i < end && buffer[i] != '"' && buffer[i] != '\\') {
			i++;
		}
		return i;
	}

	private void mark(int depth, boolean object) {
		if (depth < 64) {
			shallow = object ? shallow | (1L << depth) : shallow & ~(1L << depth);
			return;
		}
		int word = (depth >>> 6) - 1;
		if (word >= deep.length) {
			deep = Arrays.copyOf(deep, deep.length * 2);
		}
		long bit = 1L << (depth & 63);
		deep[word] = object ? deep[word] | bit : deep[word] & ~bit;
	}

	private boolean isObject(int depth) {
		return depth < 64 ? (shallow & (1L << depth)) != 0 : (deep[(depth >>> 6) - 1] & (1L << (depth & 63))) != 0;
	}

	/** Jackson's JSON factory, making this parser for byte streams. */
	private static final class Factory extends JsonFactory {

		@Override
		protected JsonParser _createParser(ObjectReadContext readContext, IOContext io, InputStream in) {
			io.setEncoding(JsonEncoding.UTF8);
			return new SkimmingParser(readContext, io, readContext.getStreamReadFeatures(_streamReadFeatures),
					readContext.getFormatReadFeatures(_formatReadFeatures), in,
					_byteSymbolCanonicalizer.makeChild(_factoryFeatures));
		}

	}

}
