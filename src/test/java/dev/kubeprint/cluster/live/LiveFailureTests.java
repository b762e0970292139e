package dev.kubeprint.cluster.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.Availability.State;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.PodFact;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.kubeprint.cluster.live.LiveTestSupport.assertOnlyGets;
import static dev.kubeprint.cluster.live.LiveTestSupport.await;
import static dev.kubeprint.cluster.live.LiveTestSupport.fastSettings;
import static dev.kubeprint.cluster.live.LiveTestSupport.fixture;
import static dev.kubeprint.cluster.live.LiveTestSupport.json;
import static dev.kubeprint.cluster.live.LiveTestSupport.kubeconfig;
import static dev.kubeprint.cluster.live.LiveTestSupport.list;
import static dev.kubeprint.cluster.live.LiveTestSupport.listOf;
import static dev.kubeprint.cluster.live.LiveTestSupport.pod;
import static dev.kubeprint.cluster.live.LiveTestSupport.requestsTo;
import static dev.kubeprint.cluster.live.LiveTestSupport.stubQuietCluster;
import static org.assertj.core.api.Assertions.assertThat;

/** Every failure is visible, confined to its kind, and recovered from without help. */
class LiveFailureTests {

	private WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	@TempDir
	Path dir;

	private LiveClusterSource source;

	@AfterEach
	void stop() {
		if (source != null) {
			source.close();
		}
		server.stop();
	}

	@Test
	void forbiddenKindSaysWhatToGrantWhileTheOthersSync() throws Exception {
		server.start();
		stubQuietCluster(server);
		server.stubFor(listOf(FactKind.PERSISTENT_VOLUMES).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json").withBody(fixture("forbidden-403.json"))));
		server.stubFor(listOf(FactKind.PODS).willReturn(json(list("PodList", "7", null, null, List.of(pod("a", "7"))))));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("synced", () -> source.facts().synced(), source::facts);

		Availability pv = source.facts().availability(FactKind.PERSISTENT_VOLUMES);
		assertThat(pv.state()).isEqualTo(State.FORBIDDEN);
		assertThat(pv.verb()).isEqualTo("list");
		assertThat(pv.resource()).isEqualTo("persistentvolumes");
		assertThat(pv.reason()).startsWith("forbidden: list persistentvolumes — grant it in the ClusterRole (")
			.contains("cannot list resource \\\"persistentvolumes\\\"".replace("\\\"", "\""));
		await("the rest synced", () -> FactKind.ALL.stream()
			.filter((k) -> k != FactKind.PERSISTENT_VOLUMES && k != FactKind.SECRETS)
			.allMatch((k) -> source.facts().availability(k).isOk()), source::facts);
		assertThat(source.facts().pods()).extracting(PodFact::name).containsExactly("a");
		// Forbidden is retried slowly (every second here), not in a tight loop.
		await("a retry of the forbidden list", Duration.ofSeconds(10),
				() -> requestsTo(server, "/api/v1/persistentvolumes").size() >= 2,
				() -> requestsTo(server, "/api/v1/persistentvolumes"));
		List<LoggedRequest> retries = requestsTo(server, "/api/v1/persistentvolumes");
		assertThat(retries).hasSizeGreaterThanOrEqualTo(2);
		for (int i = 1; i < retries.size(); i++) {
			assertThat(retries.get(i).getLoggedDate().getTime() - retries.get(i - 1).getLoggedDate().getTime())
				.isGreaterThanOrEqualTo(1000);
		}
		assertOnlyGets(server);
	}

	@Test
	void aKindTheServerDoesNotServeIsNotApplicable() throws Exception {
		server.start();
		stubQuietCluster(server);
		server.stubFor(listOf(FactKind.CSI_NODES).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
					+ "\"message\":\"the server could not find the requested resource\",\"reason\":\"NotFound\","
					+ "\"details\":{},\"code\":404}")));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("synced", () -> source.facts().synced(), source::facts);

		Availability csiNodes = source.facts().availability(FactKind.CSI_NODES);
		assertThat(csiNodes.state()).isEqualTo(State.NOT_APPLICABLE);
		assertThat(csiNodes.reason()).contains("does not serve csinodes.storage.k8s.io");
		assertThat(source.facts().availability(FactKind.NODES).isOk()).isTrue();
	}

	@Test
	void honoursRetryAfterOn429() throws Exception {
		server.start();
		stubQuietCluster(server);
		server.stubFor(listOf(FactKind.NODES).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("calm")
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
						+ "\"message\":\"Too many requests, please try again later.\",\"reason\":\"TooManyRequests\","
						+ "\"details\":{\"retryAfterSeconds\":1},\"code\":429}")));
		server.stubFor(listOf(FactKind.NODES).inScenario("throttle").whenScenarioStateIs("calm")
			.willReturn(json(list("NodeList", "9", null, null, List.of()))));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("nodes listed after the wait", () -> source.facts().availability(FactKind.NODES).isOk()
				&& requestsTo(server, "/api/v1/nodes").size() >= 2, source::facts);

		List<LoggedRequest> lists = requestsTo(server, "/api/v1/nodes").stream()
			.filter((r) -> !LiveTestSupport.isWatch(r))
			.toList();
		assertThat(lists).hasSize(2);
		long waited = lists.get(1).getLoggedDate().getTime() - lists.get(0).getLoggedDate().getTime();
		// The fast test backoff is 50 ms; only Retry-After explains a wait of a second.
		assertThat(waited).isGreaterThanOrEqualTo(1000);
	}

	@Test
	void outageKeepsTheLastFactsMarkedStaleThenRecovers() throws Exception {
		server.start();
		int port = server.port();
		stubQuietCluster(server);
		server.stubFor(listOf(FactKind.PODS).willReturn(json(list("PodList", "7", null, null, List.of(pod("a", "7"))))));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();
		await("synced", () -> source.facts().availability(FactKind.PODS).isOk(), source::facts);

		server.stop();

		// A stopping server may answer 503 first; either way the facts stay, marked stale, until it is gone.
		await("pods stale, server gone", () -> source.facts().availability(FactKind.PODS).state() == State.STALE
				&& source.facts().availability(FactKind.PODS).reason().contains("connection refused"), source::facts);
		KindFacts<PodFact> stale = source.facts().get(FactKind.PODS);
		assertThat(stale.items()).extracting(PodFact::name).containsExactly("a");
		assertThat(stale.availability().reason()).startsWith("unreachable: connection refused to http://")
			.contains(Integer.toString(port));
		assertThat(stale.availability().since()).isEqualTo(stale.syncedAt()).isBefore(Instant.now());
		await("the age shows", () -> source.facts().age(Instant.now()).compareTo(Duration.ofMillis(200)) > 0,
				() -> source.facts().age(Instant.now()));
		assertThat(source.facts().stale(Instant.now(), Duration.ofHours(1))).isTrue();

		server = new WireMockServer(options().port(port).bindAddress("127.0.0.1"));
		server.start();
		stubQuietCluster(server);
		server.stubFor(listOf(FactKind.PODS).willReturn(json(list("PodList", "8", null, null, List.of(pod("b", "8"))))));

		await("recovered", () -> FactKind.ALL.stream().filter((k) -> k != FactKind.SECRETS)
			.allMatch((k) -> source.facts().availability(k).isOk()), source::facts);
		assertThat(source.facts().stale(Instant.now(), Duration.ofHours(1))).isFalse();
	}

	@Test
	void rereadsARotatedTokenFileAfter401() throws Exception {
		server.start();
		stubQuietCluster(server);
		server.stubFor(get(anyUrl()).atPriority(1).withHeader("Authorization", notContaining("Bearer new-token"))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
				.withBody(fixture("unauthorized-401.json"))));
		Path token = dir.resolve("token");
		Files.writeString(token, "old-token\n");
		Path kubeconfig = LiveTestSupport.writeKubeconfig(dir, """
				apiVersion: v1
				kind: Config
				current-context: rotating
				clusters:
				- name: c
				  cluster:
				    server: %s
				users:
				- name: u
				  user:
				    tokenFile: token
				contexts:
				- name: rotating
				  context:
				    cluster: c
				    user: u
				""".formatted(server.baseUrl()));
		source = LiveTestSupport.source(kubeconfig, "rotating", fastSettings());
		source.start();

		await("refused visibly", () -> source.facts().synced(), source::facts);
		Availability nodes = source.facts().availability(FactKind.NODES);
		assertThat(nodes.state()).isEqualTo(State.UNREACHABLE);
		assertThat(nodes.reason()).startsWith("unauthorized: Unauthorized");
		assertThat(requestsTo(server, "/api/v1/nodes")).allSatisfy((r) -> assertThat(r.getHeader("Authorization"))
			.isEqualTo("Bearer old-token"));

		Files.writeString(token, "new-token\n");

		await("the new token used", () -> source.facts().availability(FactKind.NODES).isOk(), source::facts);
		List<LoggedRequest> requests = requestsTo(server, "/api/v1/nodes");
		assertThat(requests.get(requests.size() - 1).getHeader("Authorization")).isEqualTo("Bearer new-token");
		assertOnlyGets(server);
	}

	/**
	 * A page that stops arriving halfway (a connection dead without a reset, a server stuck mid-write) is given up
	 * after the list timeout of silence and listed again. Pages carry no read timeout (it woke OkHttp's watchdog on
	 * every socket read), so this is {@link ListSilence} at work. Without it the stalled page would end after four
	 * seconds, successfully, and the kind would never be listed a second time.
	 */
	@Test
	void aListPageThatStallsIsGivenUpAfterTheListTimeoutAndListedAgain() throws Exception {
		server.start();
		stubQuietCluster(server);
		String pods = list("PodList", "7", null, null, List.of(pod("a", "7"), pod("b", "7")));
		server.stubFor(listOf(FactKind.PODS).inScenario("stall")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(pods).withChunkedDribbleDelay(2, 4_000))
			.willSetStateTo("answered"));
		server.stubFor(listOf(FactKind.PODS).inScenario("stall").whenScenarioStateIs("answered").willReturn(json(pods)));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null,
				fastSettings().withListTimeout(Duration.ofMillis(500)));
		source.start();

		await("the pods listed", () -> source.facts().pods().size() == 2, source::facts);

		List<LoggedRequest> lists = requestsTo(server, "/api/v1/pods").stream()
			.filter((r) -> !LiveTestSupport.isWatch(r))
			.toList();
		assertThat(lists).hasSizeGreaterThanOrEqualTo(2);
		assertThat(source.facts().availability(FactKind.PODS).isOk()).isTrue();
		assertOnlyGets(server);
	}

	/**
	 * What is bounded is silence, not length: a server that ignores {@code limit} (resourceVersion=0 from the watch
	 * cache, before Kubernetes 1.33) sends the whole list as one page, which may rightly take minutes. A page that
	 * keeps coming for three times the list timeout, a little every 150 ms, is read once and whole.
	 */
	@Test
	void aListPageThatKeepsComingIsReadWholeHoweverLongItTakes() throws Exception {
		server.start();
		stubQuietCluster(server);
		String pods = list("PodList", "7", null, null, List.of(pod("a", "7"), pod("b", "7")));
		server.stubFor(listOf(FactKind.PODS).willReturn(json(pods).withChunkedDribbleDelay(30, 4_500)));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null,
				fastSettings().withListTimeout(Duration.ofMillis(1_500)));
		source.start();

		await("the pods listed", () -> source.facts().pods().size() == 2, source::facts);

		assertThat(requestsTo(server, "/api/v1/pods").stream().filter((r) -> !LiveTestSupport.isWatch(r)))
			.hasSize(1);
		assertThat(source.facts().availability(FactKind.PODS).isOk()).isTrue();
	}

	@Test
	void closeStopsAnOpenWatchPromptly() throws Exception {
		server.start();
		stubQuietCluster(server);
		server.stubFor(LiveTestSupport.watchOf(FactKind.PODS).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withFixedDelay(30_000)));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();
		await("pods watched", () -> requestsTo(server, "/api/v1/pods").stream().anyMatch(LiveTestSupport::isWatch),
				() -> requestsTo(server, "/api/v1/pods"));

		long started = System.nanoTime();
		source.close();
		source = null;

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch((t) -> t.getName().equals("kubeprint-test-pods"));
	}

}
