package dev.kubeprint.cluster.snapshot;

import java.io.IOException;
import java.io.Reader;

/**
 * Leaves out the container logs that {@code kubectl cluster-info dump} writes between its JSON documents when
 * it prints to stdout ({@code ==== START logs for container … ====} to {@code ==== END logs … ====}), so the
 * documents around them parse. A marker is recognised only at the start of a line, where JSON text can never
 * hold one (a string cannot span lines). Streams with a small buffer: a dump can be gigabytes, mostly logs.
 */
final class LogSections extends Reader {

	private static final String START = "==== START logs";

	private static final String END = "==== END logs";

	private final Reader in;

	private final char[] buf = new char[8192];

	private int pos;

	private int limit;

	private boolean lineStart = true;

	private boolean eof;

	LogSections(Reader in) {
		this.in = in;
	}

	@Override
	public int read(char[] out, int off, int len) throws IOException {
		int n = 0;
		while (n < len) {
			if (lineStart) {
				if (startsWith(START)) {
					skipSection();
					continue;
				}
				lineStart = false;
			}
			if (pos >= limit && !fill()) {
				break;
			}
			char c = buf[pos++];
			out[off + n++] = c;
			lineStart = c == '\n';
		}
		return (n == 0 && len > 0) ? -1 : n;
	}

	/** Drops lines up to and including the END marker's line; an unterminated section runs to the end. */
	private void skipSection() throws IOException {
		boolean atLineStart = true;
		while (true) {
			if (atLineStart && startsWith(END)) {
				skipLine();
				lineStart = true;
				return;
			}
			if (pos >= limit && !fill()) {
				lineStart = true;
				return;
			}
			atLineStart = buf[pos++] == '\n';
		}
	}

	private void skipLine() throws IOException {
		while (pos < limit || fill()) {
			if (buf[pos++] == '\n') {
				return;
			}
		}
	}

	/** Whether the text at the current position starts with {@code marker}; never consumes. */
	private boolean startsWith(String marker) throws IOException {
		while (limit - pos < marker.length() && !eof) {
			compactAndRead();
		}
		if (limit - pos < marker.length()) {
			return false;
		}
		for (int i = 0; i < marker.length(); i++) {
			if (buf[pos + i] != marker.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private boolean fill() throws IOException {
		if (pos < limit) {
			return true;
		}
		pos = 0;
		limit = 0;
		while (limit == 0 && !eof) {
			compactAndRead();
		}
		return limit > pos;
	}

	private void compactAndRead() throws IOException {
		System.arraycopy(buf, pos, buf, 0, limit - pos);
		limit -= pos;
		pos = 0;
		int read = in.read(buf, limit, buf.length - limit);
		if (read < 0) {
			eof = true;
		}
		else {
			limit += read;
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
