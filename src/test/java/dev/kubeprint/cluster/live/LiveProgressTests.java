package dev.kubeprint.cluster.live;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.ListProgress;
import dev.kubeprint.cluster.facts.PodFact;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.kubeprint.cluster.live.LiveTestSupport.await;
import static dev.kubeprint.cluster.live.LiveTestSupport.fastSettings;
import static dev.kubeprint.cluster.live.LiveTestSupport.fixture;
import static dev.kubeprint.cluster.live.LiveTestSupport.json;
import static dev.kubeprint.cluster.live.LiveTestSupport.kubeconfig;
import static dev.kubeprint.cluster.live.LiveTestSupport.list;
import static dev.kubeprint.cluster.live.LiveTestSupport.listOf;
import static dev.kubeprint.cluster.live.LiveTestSupport.pod;
import static dev.kubeprint.cluster.live.LiveTestSupport.stubQuietCluster;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How far a list has come, as the facts carry it while the list is under way: objects and bytes counted as they
 * arrive, the estimate only when the server sends {@code remainingItemCount}, a restart counted from zero, and
 * none of the half-read items shown as if they were all.
 */
class LiveProgressTests {

	private static final int PER_PAGE = 2;

	private final GatedResponses gate = new GatedResponses();

	private final WireMockServer server = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1").extensions(gate));

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
		gate.open();
		if (source != null) {
			source.close();
		}
		server.stop();
	}

	@Test
	void aPagedListSaysHowFarItHasComeAndWhatIsLeftThenCompletes() throws Exception {
		long bytes = stubPods(5, true);
		start();

		KindFacts<PodFact> pods = awaitListing(8);

		ListProgress progress = pods.listing().orElseThrow();
		assertThat(progress.pages()).isEqualTo(4);
		assertThat(progress.bytes()).as("every byte of the four pages read").isEqualTo(bytes);
		assertThat(progress.estimatedTotal()).isEqualTo(10);
		assertThat(progress.percent()).isEqualTo(80);
		assertThat(progress.restarts()).isZero();
		assertThat(pods.availability().state()).isEqualTo(Availability.State.LOADING);
		assertThat(pods.availability().reason()).isEqualTo("listing: 8 objects so far of ~10");
		assertThat(pods.items()).as("half a list is never shown as the list").isEmpty();
		assertThat(source.facts().synced()).isFalse();

		gate.open();

		await("pods listed", () -> source.facts().availability(FactKind.PODS).isOk(), source::facts);
		assertThat(source.facts().get(FactKind.PODS).listing()).isEmpty();
		assertThat(source.facts().pods()).hasSize(10);
	}

	@Test
	void aServerThatSendsNoRemainingCountGetsNoEstimate() throws Exception {
		stubPods(3, false);
		start();

		ListProgress progress = awaitListing(4).listing().orElseThrow();

		assertThat(progress.estimable()).isFalse();
		assertThat(progress.estimatedTotal()).isEqualTo(-1);
		assertThat(progress.percent()).isEqualTo(-1);
		assertThat(progress.secondsLeft()).isEqualTo(-1);
		assertThat(source.facts().availability(FactKind.PODS).reason())
			.isEqualTo("listing: 4 objects so far; the server sent no total, so nothing is estimated");
		gate.open();
		await("pods listed", () -> source.facts().pods().size() == 6, source::facts);
	}

	@Test
	void anExpiredContinueTokenStartsTheCountOverAndSaysSo() throws Exception {
		String scenario = "continue token expires once";
		String first = page("first", "a", 4L);
		server.stubFor(listOf(FactKind.PODS).withQueryParam("continue", absent())
			.inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willReturn(json(first)));
		server.stubFor(listOf(FactKind.PODS).withQueryParam("continue", equalTo("a"))
			.inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("expired")
			.willReturn(aResponse().withStatus(410).withHeader("Content-Type", "application/json")
				.withBody(fixture("watch-410-gone.txt").lines().filter((l) -> l.contains("Status")).findFirst()
					.map(LiveProgressTests::statusOf).orElseThrow())));
		server.stubFor(listOf(FactKind.PODS).withQueryParam("continue", absent())
			.inScenario(scenario).whenScenarioStateIs("expired").willReturn(json(page("again", "b", 2L))));
		server.stubFor(listOf(FactKind.PODS).withQueryParam("continue", equalTo("b"))
			.willReturn(json(page("last", null, null)).withTransformers(GatedResponses.NAME)));
		start();

		KindFacts<PodFact> pods = awaitRestarted();

		ListProgress progress = pods.listing().orElseThrow();
		assertThat(progress.objects()).as("only the attempt under way").isEqualTo(PER_PAGE);
		assertThat(progress.pages()).isEqualTo(1);
		assertThat(progress.estimatedTotal()).isEqualTo(4);
		gate.open();
		await("pods listed", () -> source.facts().availability(FactKind.PODS).isOk(), source::facts);
		assertThat(source.facts().pods()).extracting(PodFact::name)
			.containsExactlyInAnyOrder("again-0", "again-1", "last-0", "last-1");
		assertThat(source.facts().get(FactKind.PODS).listing()).isEmpty();
	}

	/** Pages of two pods; the last one held at the gate. Returns the bytes of all pages but the last. */
	private long stubPods(int pages, boolean remaining) {
		long bytes = 0;
		for (int i = 1; i <= pages; i++) {
			boolean last = i == pages;
			String body = page("p" + i, last ? null : "t" + (i + 1),
					remaining && !last ? (long) (pages - i) * PER_PAGE : null);
			var stub = listOf(FactKind.PODS).withQueryParam("continue", i == 1 ? absent() : equalTo("t" + i));
			server.stubFor(stub.willReturn(last ? json(body).withTransformers(GatedResponses.NAME) : json(body)));
			bytes += last ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
		}
		return bytes;
	}

	private static String page(String prefix, String continueToken, Long remaining) {
		List<ObjectNode> pods = new ArrayList<>();
		for (int i = 0; i < PER_PAGE; i++) {
			pods.add(pod(prefix + "-" + i, "10" + i));
		}
		return list("PodList", "1282", continueToken, remaining, pods);
	}

	/** The Status object of a 410, from the watch event that carries one. */
	private static String statusOf(String watchEvent) {
		return LiveTestSupport.JSON.readTree(watchEvent).path("object").toString();
	}

	private void start() throws Exception {
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null, fastSettings());
		source.start();
	}

	private KindFacts<PodFact> awaitListing(long objects) {
		await("pods listing at " + objects + " objects",
				() -> source.facts().get(FactKind.PODS).listing().map((p) -> p.objects() == objects).orElse(false),
				() -> source.facts().get(FactKind.PODS));
		ClusterFacts facts = source.facts();
		return facts.get(FactKind.PODS);
	}

	private KindFacts<PodFact> awaitRestarted() {
		await("pods listing again after the restart",
				() -> source.facts().get(FactKind.PODS).listing()
					.map((p) -> p.restarts() == 1 && p.pages() == 1).orElse(false),
				() -> source.facts().get(FactKind.PODS));
		return source.facts().get(FactKind.PODS);
	}

}
