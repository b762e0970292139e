package dev.kubeprint.cluster.live;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import okhttp3.Response;
import okhttp3.ResponseBody;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads the API's {@code Status} objects: the body of a failed request, or the object of an ERROR event. */
final class StatusReader {

	/** Error bodies are small; a proxy's HTML error page is not worth more than this. */
	private static final int MAX_BODY = 16 * 1024;

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private StatusReader() {
	}

	/** The failure a non-2xx response stands for, with the server's message when it sent a Status. */
	static ApiFailure failure(Response response) {
		ApiFailure parsed = parse(body(response));
		String message = parsed != null && !parsed.message().isBlank() ? parsed.message()
				: (response.message().isBlank() ? "HTTP " + response.code() : response.message());
		return new ApiFailure(response.code(), message, retryAfter(response.header("Retry-After")));
	}

	/** The start of the body, or "" when there is none or it cannot be read. */
	private static String body(Response response) {
		ResponseBody body = response.body();
		if (body == null) {
			return "";
		}
		try (InputStream in = body.byteStream()) {
			return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** The Status the body holds; null when it is not one (a proxy's HTML page, a cut-off body). */
	private static ApiFailure parse(String text) {
		if (!text.startsWith("{")) {
			return null;
		}
		try (JsonParser p = MAPPER.createParser(text)) {
			p.nextToken();
			return status(p);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** Reads a Status object; the parser is on its START_OBJECT and is left on its END_OBJECT. */
	static ApiFailure status(JsonParser p) {
		int code = 0;
		String message = "";
		String reason = "";
		String name;
		while ((name = p.nextName()) != null) {
			JsonToken t = p.nextToken();
			switch (name) {
				case "code" -> code = p.getValueAsInt(0);
				case "message" -> message = t.isScalarValue() ? p.getValueAsString("") : "";
				case "reason" -> reason = t.isScalarValue() ? p.getValueAsString("") : "";
				default -> p.skipChildren();
			}
			if (!t.isScalarValue() && (name.equals("message") || name.equals("reason"))) {
				p.skipChildren();
			}
		}
		return new ApiFailure(code, message.isBlank() ? reason : message, Optional.empty());
	}

	/** Retry-After in seconds, as the API server sends it; an HTTP date is rare there and read as absent. */
	static Optional<Duration> retryAfter(String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim()))));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
