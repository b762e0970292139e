package dev.kubeprint.cluster.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import dev.kubeprint.cluster.source.ClusterSource;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.facts.ClusterIdentity.SourceType;
import dev.kubeprint.cluster.facts.FactKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** What the live-source tests share: a kubeconfig pointing at a stub API server, real-shaped bodies, waiting. */
final class LiveTestSupport {

	static final ObjectMapper JSON = JsonMapper.builder().build();

	static final String TOKEN = "test-token-1";

	private LiveTestSupport() {
	}

	/** Fast retries, so failure paths take milliseconds; production waits are in LiveSettings.defaults. */
	static LiveSettings fastSettings() {
		return LiveSettings.defaults(Duration.ofMillis(50), false)
			.withBackoff(Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofSeconds(1));
	}

	static String fixture(String name) {
		try (InputStream in = LiveTestSupport.class.getResourceAsStream("/live/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A pod as the real API server sent it, renamed. */
	static ObjectNode pod(String name, String resourceVersion) {
		ObjectNode pod = (ObjectNode) JSON.readTree(fixture("pods-list-page.json")).path("items").get(0).deepCopy();
		ObjectNode metadata = (ObjectNode) pod.get("metadata");
		metadata.put("name", name);
		metadata.put("resourceVersion", resourceVersion);
		return pod;
	}

	static String list(String kind, String resourceVersion, String continueToken, Long remaining,
			List<? extends JsonNode> items) {
		ObjectNode list = JSON.createObjectNode();
		list.put("kind", kind);
		list.put("apiVersion", "v1");
		ObjectNode metadata = list.putObject("metadata");
		metadata.put("resourceVersion", resourceVersion);
		if (continueToken != null) {
			metadata.put("continue", continueToken);
		}
		if (remaining != null) {
			metadata.put("remainingItemCount", remaining);
		}
		list.putArray("items").addAll(new ArrayList<JsonNode>(items));
		return list.toString();
	}

	static String event(String type, JsonNode object) {
		ObjectNode event = JSON.createObjectNode();
		event.put("type", type);
		event.set("object", object);
		return event + "\n";
	}

	static String bookmark(String resourceVersion) {
		return "{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":"
				+ "{\"resourceVersion\":\"" + resourceVersion + "\",\"creationTimestamp\":null,\"annotations\":"
				+ "{\"k8s.io/initial-events-end\":\"true\"}},\"spec\":{\"containers\":null},\"status\":{}}}\n";
	}

	/** A LIST request (not a watch) of the kind; continued pages are matched by their token. */
	static MappingBuilder listOf(FactKind<?> kind) {
		return get(urlPathEqualTo(KindWatcher.path(kind))).withQueryParam("watch", absent());
	}

	static MappingBuilder watchOf(FactKind<?> kind) {
		return get(urlPathEqualTo(KindWatcher.path(kind))).withQueryParam("watch", equalTo("1"));
	}

	/** Every kind lists empty and its watches end at once; tests override the kinds they are about. */
	static void stubQuietCluster(WireMockServer server) {
		for (FactKind<?> kind : FactKind.ALL) {
			server.stubFor(listOf(kind).atPriority(10)
				.willReturn(json(list(kind.kind() + "List", "100", null, null, List.of()))));
			server.stubFor(watchOf(kind).atPriority(10).willReturn(aResponse().withStatus(200)));
		}
		server.stubFor(get(urlPathEqualTo("/version")).atPriority(10).willReturn(json(fixture("version.json"))));
	}

	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	static Path kubeconfig(Path dir, String server) throws IOException {
		return writeKubeconfig(dir, """
				apiVersion: v1
				kind: Config
				current-context: test
				clusters:
				- name: test
				  cluster:
				    server: %s
				users:
				- name: test
				  user:
				    token: %s
				contexts:
				- name: test
				  context:
				    cluster: test
				    user: test
				""".formatted(server, TOKEN));
	}

	static Path writeKubeconfig(Path dir, String yaml) throws IOException {
		Path file = dir.resolve("kubeconfig");
		Files.writeString(file, yaml);
		return file;
	}

	static LiveClusterSource source(Path kubeconfig, String context, LiveSettings settings) {
		ClusterIdentity identity = new ClusterIdentity(context == null ? "test" : context, SourceType.LIVE,
				(context == null ? "current context" : "context " + context) + " of " + kubeconfig);
		return LiveClusterSource.kubeconfig(identity, KubeconfigFiles.configured(kubeconfig), context, settings,
				Clock.systemUTC());
	}

	/** Waits until the condition holds; fails with the description and the last value seen. */
	static void await(String what, Duration timeout, BooleanSupplier condition, Supplier<?> lastSeen) {
		try {
			Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("Timed out after " + timeout + " waiting for " + what + "; last seen: "
					+ lastSeen.get(), ex);
		}
	}

	/**
	 * The facts version once it has held still for {@code quiet}: what is still in flight after a sync is
	 * published first, so that a later change is the test's own.
	 */
	static long settledVersion(ClusterSource source, Duration quiet) {
		AtomicLong version = new AtomicLong(source.facts().version());
		AtomicLong since = new AtomicLong(System.nanoTime());
		Awaitility.await("the facts version holds still for " + quiet).atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> {
				long now = source.facts().version();
				if (version.getAndSet(now) != now) {
					since.set(System.nanoTime());
				}
				return System.nanoTime() - since.get() >= quiet.toNanos();
			});
		return version.get();
	}

	static void await(String what, BooleanSupplier condition, Supplier<?> lastSeen) {
		await(what, Duration.ofSeconds(10), condition, lastSeen);
	}

	/** The product is read-only: everything it sent must have been a GET. */
	static void assertOnlyGets(WireMockServer server) {
		List<LoggedRequest> requests = server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
		assertThat(requests).isNotEmpty();
		assertThat(requests).allSatisfy((r) -> assertThat(r.getMethod().getName()).isEqualTo("GET"));
	}

	static List<LoggedRequest> requestsTo(WireMockServer server, String path) {
		return server.findAll(WireMock.getRequestedFor(urlPathEqualTo(path)));
	}

	static boolean isWatch(LoggedRequest r) {
		return r.queryParameter("watch").isPresent();
	}

}
