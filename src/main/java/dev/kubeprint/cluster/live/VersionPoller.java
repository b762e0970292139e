package dev.kubeprint.cluster.live;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Optional;
import java.util.function.BiConsumer;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ServerVersion;
import okhttp3.Call;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code GET /version} now and then: it has no watch, and it changes only when the cluster upgrades. */
final class VersionPoller implements Runnable {

	private static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private final String name;

	private final ClusterConnection connection;

	private final LiveSettings settings;

	private final BiConsumer<Optional<ServerVersion>, Availability> sink;

	private volatile boolean running = true;

	private volatile Call inFlight;

	private Thread thread;

	VersionPoller(String cluster, ClusterConnection connection, LiveSettings settings,
			BiConsumer<Optional<ServerVersion>, Availability> sink) {
		this.name = "kubeprint-" + cluster + "-version";
		this.connection = connection;
		this.settings = settings;
		this.sink = sink;
	}

	void start() {
		thread = new Thread(this, name);
		thread.setDaemon(true);
		thread.start();
	}

	void close() {
		running = false;
		Call call = inFlight;
		if (call != null) {
			call.cancel();
		}
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public void run() {
		while (running) {
			poll();
			try {
				Thread.sleep(settings.versionPoll().toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void poll() {
		try {
			Call call = ClusterConnection.get(connection.clients(), "/version");
			inFlight = call;
			try (Response response = call.execute()) {
				if (!response.isSuccessful()) {
					ApiFailure failure = StatusReader.failure(response);
					sink.accept(Optional.empty(), failure.code() == 403
							? Availability.forbidden("get", "/version",
									"forbidden: get /version — grant it in the ClusterRole (" + failure.describe() + ")")
							: Availability.unreachable("GET /version answered " + failure.code() + ": "
									+ failure.describe()));
					return;
				}
				JsonNode v = MAPPER.readTree(response.body().byteStream());
				sink.accept(Optional.of(new ServerVersion(v.path("major").asString(""), v.path("minor").asString(""),
						v.path("gitVersion").asString(""), v.path("platform").asString(""),
						v.path("buildDate").asString(""))), Availability.ok());
			}
			finally {
				inFlight = null;
			}
		}
		catch (InterruptedIOException ex) {
			if (running) {
				sink.accept(Optional.empty(), Availability.unreachable(
						"unreachable: " + FailurePolicy.describe(ex, connection.server())));
			}
		}
		catch (IOException | RuntimeException ex) {
			if (running) {
				sink.accept(Optional.empty(), Availability.unreachable(
						"unreachable: " + FailurePolicy.describe(ex, connection.server())));
			}
		}
		catch (Exception ex) {
			if (running) {
				sink.accept(Optional.empty(), Availability.unreachable(KubeconfigLoader.rootMessage(ex)));
			}
		}
	}

}
