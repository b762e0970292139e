package dev.kubeprint.cluster.live;

import java.nio.file.Path;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

/** LIST as client-go does it: from the watch cache, paged by continue tokens when the server pages. */
class LiveListTests {

	private static final String CONTINUE_1 = "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTI4Miwic3RhcnQiOiJsYWItZGVtby93ZWItNzVmYmI3Njg2NS00dGJua1x1MDAwMCJ9";

	private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	@TempDir
	Path dir;

	private LiveClusterSource source;

	@BeforeEach
	void startServer() {
		server.start();
		stubQuietCluster(server);
	}

	@AfterEach
	void stop() {
		if (source != null) {
			source.close();
		}
		server.stop();
	}

	@Test
	void followsContinueTokensAcrossPagesWithoutResourceVersion() throws Exception {
		// Page 1 is the real API server's answer to limit=2: two pods, a continue token, remainingItemCount 18.
		server.stubFor(listOf(FactKind.PODS).withQueryParam("continue", absent())
			.willReturn(json(fixture("pods-list-page.json"))));
		server.stubFor(listOf(FactKind.PODS).withQueryParam("continue", equalTo(CONTINUE_1))
			.willReturn(json(list("PodList", "1282", "page-3-token", 1L,
					List.of(pod("web-3", "500"), pod("web-4", "501"))))));
		server.stubFor(listOf(FactKind.PODS).withQueryParam("continue", equalTo("page-3-token"))
			.willReturn(json(list("PodList", "1282", null, null, List.of(pod("web-5", "502"))))));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("pods listed", () -> source.facts().availability(FactKind.PODS).isOk(), source::facts);

		ClusterFacts facts = source.facts();
		assertThat(facts.pods()).extracting(PodFact::name)
			.containsExactlyInAnyOrder("web-75fbb76865-467qx", "web-75fbb76865-4tbnk", "web-3", "web-4", "web-5");
		List<LoggedRequest> lists = requestsTo(server, "/api/v1/pods").stream()
			.filter((r) -> !LiveTestSupport.isWatch(r))
			.toList();
		assertThat(lists).hasSize(3);
		assertThat(lists.get(0).queryParameter("resourceVersion").firstValue()).isEqualTo("0");
		assertThat(lists.get(0).queryParameter("limit").firstValue()).isEqualTo("500");
		assertThat(lists.get(1).queryParameter("continue").firstValue()).isEqualTo(CONTINUE_1);
		assertThat(lists.get(1).queryParameter("resourceVersion").isPresent()).isFalse();
		assertThat(lists.get(1).queryParameter("limit").firstValue()).isEqualTo("500");
		assertThat(lists.get(2).queryParameter("continue").firstValue()).isEqualTo("page-3-token");
		// The watch resumes from the list's version, not from any item's.
		await("a watch from the list's version", () -> requestsTo(server, "/api/v1/pods").stream()
			.anyMatch((r) -> LiveTestSupport.isWatch(r)
					&& r.queryParameter("resourceVersion").firstValue().equals("1282")),
				() -> requestsTo(server, "/api/v1/pods"));
		assertOnlyGets(server);
	}

	@Test
	void readsAServerThatIgnoresTheLimitInOneResponse() throws Exception {
		// Older servers answer resourceVersion=0 from the watch cache with everything at once: no continue.
		String nodes = LiveTestSupport.JSON.readTree(fixture("nodes-list-page.json")).path("items").toString();
		server.stubFor(listOf(FactKind.NODES).willReturn(json(
				"{\"kind\":\"NodeList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"1282\"},\"items\":"
						+ nodes + "}")));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("synced", () -> source.facts().synced(), source::facts);

		assertThat(source.facts().nodes()).extracting(NodeFact::name).hasSize(2).allMatch((n) -> !n.isBlank());
		assertThat(requestsTo(server, "/api/v1/nodes").stream().filter((r) -> !LiveTestSupport.isWatch(r)))
			.hasSize(1);
		assertThat(source.facts().availability(FactKind.SECRETS).state()).isEqualTo(Availability.State.NOT_APPLICABLE);
		assertThat(source.facts().availability(FactKind.SECRETS).reason()).contains("kubeprint.secrets.enabled=true");
		assertThat(requestsTo(server, "/api/v1/secrets")).isEmpty();
		assertThat(requestsTo(server, "/apis/coordination.k8s.io/v1/leases")).isNotEmpty();
		await("the version read", () -> source.facts().serverVersion().isPresent(), source::facts);
		assertThat(source.facts().serverVersion()).hasValueSatisfying((v) -> assertThat(v.gitVersion())
			.isEqualTo("v1.28.7"));
	}

	@Test
	void listsSecretsOnlyWhenEnabledAndKeepsNoContents() throws Exception {
		String secret = "{\"metadata\":{\"name\":\"db\",\"namespace\":\"shop\",\"resourceVersion\":\"5\"},"
				+ "\"type\":\"Opaque\",\"data\":{\"password\":\"c2VjcmV0LXZhbHVl\"}}";
		server.stubFor(listOf(FactKind.SECRETS).willReturn(json(
				"{\"kind\":\"SecretList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"5\"},"
						+ "\"items\":[" + secret + "]}")));
		LiveSettings settings = LiveSettings.defaults(java.time.Duration.ofMillis(50), true)
			.withBackoff(java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(400), java.time.Duration.ofSeconds(1));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, settings);
		source.start();

		await("secrets listed", () -> source.facts().availability(FactKind.SECRETS).isOk(), source::facts);

		assertThat(source.facts().items(FactKind.SECRETS)).singleElement().satisfies((s) -> {
			assertThat(s.name()).isEqualTo("db");
			assertThat(s.keys()).isEqualTo(1);
			assertThat(s.toString()).doesNotContain("c2VjcmV0LXZhbHVl").doesNotContain("secret-value");
		});
	}

	@Test
	void aBenchmarkCanDriveTheSourceByUrl() {
		server.stubFor(listOf(FactKind.PODS).willReturn(json(list("PodList", "9", null, null, List.of(pod("a", "9"))))));
		source = LiveClusterSource.url(new dev.kubeprint.cluster.facts.ClusterIdentity("bench",
				dev.kubeprint.cluster.facts.ClusterIdentity.SourceType.LIVE, server.baseUrl()), server.baseUrl(),
				fastSettings(), java.time.Clock.systemUTC());
		source.start();

		await("synced", () -> source.facts().synced(), source::facts);

		assertThat(source.facts().pods()).extracting(PodFact::name).containsExactly("a");
		assertThat(requestsTo(server, "/api/v1/pods").get(0).getHeader("Authorization")).isNull();
	}

	@Test
	void restartsTheListWhenAContinueTokenExpires() throws Exception {
		server.stubFor(listOf(FactKind.PODS).withQueryParam("continue", absent())
			.willReturn(json(list("PodList", "1282", "old-token", 1L, List.of(pod("web-1", "10"))))));
		server.stubFor(listOf(FactKind.PODS).withQueryParam("continue", equalTo("old-token"))
			.inScenario("expiry").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willSetStateTo("expired")
			.willReturn(aResponse().withStatus(410).withHeader("Content-Type", "application/json")
				.withBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
						+ "\"message\":\"The provided continue parameter is too old\",\"reason\":\"Expired\","
						+ "\"code\":410}")));
		server.stubFor(listOf(FactKind.PODS).withQueryParam("continue", equalTo("old-token"))
			.inScenario("expiry").whenScenarioStateIs("expired")
			.willReturn(json(list("PodList", "1282", null, null, List.of(pod("web-2", "11"))))));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("pods listed", () -> source.facts().availability(FactKind.PODS).isOk(), source::facts);

		assertThat(source.facts().pods()).extracting(PodFact::name).containsExactlyInAnyOrder("web-1", "web-2");
		List<LoggedRequest> lists = requestsTo(server, "/api/v1/pods").stream()
			.filter((r) -> !LiveTestSupport.isWatch(r))
			.toList();
		// first page, expired continue, first page again, continue
		assertThat(lists).hasSize(4);
		assertThat(lists.get(2).queryParameter("resourceVersion").firstValue()).isEqualTo("0");
	}

	@Test
	void skipsAMalformedItemAndNamesIt() throws Exception {
		var broken = pod("broken", "12");
		((tools.jackson.databind.node.ObjectNode) broken.get("metadata")).put("creationTimestamp", "yesterday");
		server.stubFor(listOf(FactKind.PODS).willReturn(json(
				list("PodList", "1282", null, null, List.of(pod("web-1", "10"), broken, pod("web-2", "11"))))));
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();

		await("pods listed", () -> source.facts().availability(FactKind.PODS).isOk(), source::facts);

		assertThat(source.facts().pods()).extracting(PodFact::name).containsExactlyInAnyOrder("web-1", "web-2");
		await("the problem named", () -> !source.facts().problems().isEmpty(), source::facts);
		assertThat(source.facts().problems()).anySatisfy((p) -> {
			assertThat(p.where()).contains("pods item 2");
			assertThat(p.reason()).contains("yesterday");
		});
	}

}
