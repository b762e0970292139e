package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import javax.net.ssl.SSLException;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ServerVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.HealthChecks;

/**
 * Polls what the API server tells about itself and has no watch: /version, /readyz?verbose,
 * /livez?verbose and /metrics. Rates and latencies are differences between this scrape and the one before,
 * so the probe keeps the previous scrape's sums, and nothing more; one probe serves one cluster and one
 * poller at a time.
 */
public final class ApiServerProbe {

	static final String VERSION = "/version";

	static final String READYZ = "/readyz?verbose";

	static final String LIVEZ = "/livez?verbose";

	static final String METRICS = "/metrics";

	/** Bodies quoted in a reason are cut here: they are error pages, not data. */
	private static final int MAX_QUOTED = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApiServerHttp http;

	private final Clock clock;

	private MetricsScrape previous;

	public ApiServerProbe(ApiServerHttp http, Clock clock) {
		this.http = http;
		this.clock = clock;
	}

	/** Polls all four; never throws: what failed is in the availability of its part. */
	public synchronized ApiServerFacts poll() {
		Instant observedAt = clock.instant();
		Part<ServerVersion> version = get(VERSION, ApiServerProbe::version);
		Part<HealthChecks> readyz = get(READYZ, HealthCheckText::parse);
		Part<HealthChecks> livez = get(LIVEZ, HealthCheckText::parse);
		Part<ApiServerMetrics> metrics = metrics();
		return new ApiServerFacts(observedAt, version.value(), version.availability(), readyz.value(),
				readyz.availability(), livez.value(), livez.availability(), metrics.value(),
				metrics.availability());
	}

	private record Part<T>(T value, Availability availability) {

		static <T> Part<T> failed(Availability availability) {
			return new Part<>(null, availability);
		}

	}

	private Part<ApiServerMetrics> metrics() {
		HttpAnswer answer;
		try {
			answer = http.get(METRICS);
		}
		catch (IOException ex) {
			return Part.failed(Availability.unreachable(failed(METRICS, ex)));
		}
		if (answer.status() != 200) {
			return Part.failed(refused(METRICS, answer));
		}
		try {
			MetricsScrape scrape = MetricsScrape.read(new StringReader(answer.body()), clock.instant());
			ApiServerMetrics metrics = scrape.since(previous);
			previous = scrape;
			return new Part<>(metrics, Availability.ok());
		}
		catch (IOException | PrometheusText.FormatException ex) {
			return Part.failed(Availability.unreachable("GET " + METRICS + " answered text that is not in the "
					+ "Prometheus format: " + ex.getMessage()));
		}
	}

	private <T> Part<T> get(String path, Function<String, T> reader) {
		HttpAnswer answer;
		try {
			answer = http.get(path);
		}
		catch (IOException ex) {
			return Part.failed(Availability.unreachable(failed(path, ex)));
		}
		boolean health = READYZ.equals(path) || LIVEZ.equals(path);
		// readyz and livez answer 500 with the same check list when a check fails: that is data, not an error.
		if (answer.status() == 200 || health && answer.status() == 500 && answer.body().contains("[-]")) {
			try {
				return new Part<>(reader.apply(answer.body()), Availability.ok());
			}
			catch (JacksonException | IllegalArgumentException ex) {
				return Part.failed(Availability.unreachable(
						"GET " + path + " answered something unexpected: " + quote(answer.body())));
			}
		}
		return Part.failed(refused(path, answer));
	}

	private static ServerVersion version(String body) {
		JsonNode v = JSON.readTree(body);
		if (!v.has("gitVersion")) {
			throw new IllegalArgumentException("no gitVersion");
		}
		return new ServerVersion(v.path("major").asString(), v.path("minor").asString(),
				v.path("gitVersion").asString(), v.path("platform").asString(), v.path("buildDate").asString());
	}

	/** An answer that is not the data: say what to grant, or what the server said. */
	static Availability refused(String pathAndQuery, HttpAnswer answer) {
		String path = pathOf(pathAndQuery);
		return switch (answer.status()) {
			case 401 -> Availability.forbidden("get", "nonResourceURLs " + path, "unauthorized: the API server "
					+ "rejected Kubeprint' credentials for GET " + path + " (401); renew the token or certificate");
			case 403 -> Availability.forbidden("get", "nonResourceURLs " + path, "forbidden: get " + path
					+ " — grant nonResourceURLs [\"" + path + "\"] verb get in the ClusterRole");
			case 404 -> Availability.notApplicable("GET " + path + " answered 404: this API server does not serve it");
			default -> Availability
				.unreachable("GET " + pathAndQuery + " answered " + answer.status() + ": " + quote(answer.body()));
		};
	}

	static String failed(String pathAndQuery, IOException ex) {
		return "GET " + pathAndQuery + " failed: " + describe(ex);
	}

	/** An I/O failure in words; the JDK's messages are often null or name only an exception class. */
	static String describe(IOException ex) {
		String message = (ex.getMessage() == null || ex.getMessage().isBlank()) ? "" : ex.getMessage().strip();
		if (ex instanceof HttpTimeoutException) {
			return "no answer in time" + (message.isEmpty() ? "" : " (" + message + ")");
		}
		if (ex instanceof ConnectException) {
			return "cannot connect (refused, or no route to the server)" + (message.isEmpty() ? "" : ": " + message);
		}
		if (ex instanceof UnknownHostException) {
			return "unknown host " + message;
		}
		if (ex instanceof SSLException) {
			return "TLS failed: " + message;
		}
		return ex.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

	static String quote(String body) {
		String line = body.strip().replaceAll("\\s+", " ");
		return line.isEmpty() ? "(empty body)"
				: line.length() > MAX_QUOTED ? line.substring(0, MAX_QUOTED) + "…" : line;
	}

	private static String pathOf(String pathAndQuery) {
		int q = pathAndQuery.indexOf('?');
		return (q < 0) ? pathAndQuery : pathAndQuery.substring(0, q);
	}

}
