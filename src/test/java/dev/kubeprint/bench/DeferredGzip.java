package dev.kubeprint.bench;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;

/**
 * A response body written as kube-apiserver's deferredResponseWriter writes one: held back until it is known
 * whether it exceeds 128 KiB; then, if the client sent {@code Accept-Encoding: gzip}, gzipped at level 1 (the
 * server's defaultGzipContentEncodingLevel) and sent chunked, else sent as it is.
 */
final class DeferredGzip extends OutputStream {

	static final int THRESHOLD = 128 * 1024;

	private final HttpExchange exchange;

	private final boolean gzipAccepted;

	private final AtomicLong wireBytes;

	private ByteArrayOutputStream held = new ByteArrayOutputStream(THRESHOLD);

	private OutputStream out;

	DeferredGzip(HttpExchange exchange, AtomicLong wireBytes) {
		this.exchange = exchange;
		String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
		this.gzipAccepted = accept != null && accept.contains("gzip");
		this.wireBytes = wireBytes;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		if (out == null && held.size() + len <= THRESHOLD) {
			held.write(b, off, len);
			return;
		}
		if (out == null) {
			start(0);
			held.writeTo(out);
			held = null;
		}
		out.write(b, off, len);
	}

	@Override
	public void close() throws IOException {
		if (out == null) {
			start(held.size());
			held.writeTo(out);
		}
		out.close();
	}

	/** @param length the body's length when known, else 0 for chunked */
	private void start(long length) throws IOException {
		boolean gzip = gzipAccepted && length == 0;
		if (gzip) {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
		}
		exchange.sendResponseHeaders(200, length == 0 ? 0 : length);
		OutputStream wire = new FilterOutputStream(exchange.getResponseBody()) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
				wireBytes.addAndGet(len);
			}
		};
		// Buffered: the JDK server sends every unbuffered write as its own chunk.
		OutputStream buffered = new java.io.BufferedOutputStream(wire, 1 << 16);
		out = gzip ? new GZIPOutputStream(buffered, 1 << 16) {
			{
				def.setLevel(Deflater.BEST_SPEED);
			}
		} : buffered;
	}

}
