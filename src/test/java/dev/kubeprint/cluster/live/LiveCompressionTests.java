package dev.kubeprint.cluster.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.config.KubeprintProperties.Compression;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.kubeprint.cluster.live.LiveTestSupport.await;
import static dev.kubeprint.cluster.live.LiveTestSupport.fastSettings;
import static dev.kubeprint.cluster.live.LiveTestSupport.json;
import static dev.kubeprint.cluster.live.LiveTestSupport.kubeconfig;
import static dev.kubeprint.cluster.live.LiveTestSupport.list;
import static dev.kubeprint.cluster.live.LiveTestSupport.listOf;
import static dev.kubeprint.cluster.live.LiveTestSupport.pod;
import static dev.kubeprint.cluster.live.LiveTestSupport.requestsTo;
import static dev.kubeprint.cluster.live.LiveTestSupport.stubQuietCluster;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each compression mode sends, and that a gzipped list is read. The stub answers gzip only to a request
 * that asked for it, and plain JSON only to one that refused it, so facts arrive only when the header was right.
 */
class LiveCompressionTests {

	// Jetty's own gzip is off: the stub decides what is compressed, as kube-apiserver does.
	private final WireMockServer server = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));

	@TempDir
	Path dir;

	private LiveClusterSource source;

	@BeforeEach
	void startServer() throws IOException {
		server.start();
		stubQuietCluster(server);
		String body = list("PodList", "1282", null, null, List.of(pod("web-1", "500"), pod("web-2", "501")));
		server.stubFor(listOf(FactKind.PODS).atPriority(1)
			.withHeader("Accept-Encoding", containing("gzip"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withHeader("Content-Encoding", "gzip")
				.withBody(gzip(body))));
		server.stubFor(listOf(FactKind.PODS).atPriority(1)
			.withHeader("Accept-Encoding", equalTo("identity"))
			.willReturn(json(body)));
	}

	@AfterEach
	void stop() {
		if (source != null) {
			source.close();
		}
		server.stop();
	}

	@Test
	void onAsksForGzipAndReadsTheGzippedList() throws Exception {
		start(Compression.ON);

		assertThat(podListEncodings()).allSatisfy((e) -> assertThat(e).contains("gzip"));
	}

	@Test
	void offAsksForIdentitySoOkHttpAddsNoGzip() throws Exception {
		start(Compression.OFF);

		assertThat(podListEncodings()).containsOnly("identity");
	}

	@Test
	void autoOnLoopbackIsOff() throws Exception {
		start(Compression.AUTO);

		assertThat(podListEncodings()).containsOnly("identity");
	}

	private void start(Compression mode) throws IOException {
		source = LiveTestSupport.source(kubeconfig(dir, server.baseUrl()), null,
				fastSettings().withCompression(mode));
		source.start();
		await("pods listed", () -> source.facts().availability(FactKind.PODS).isOk(), source::facts);
		assertThat(source.facts().pods()).extracting(PodFact::name).containsExactlyInAnyOrder("web-1", "web-2");
	}

	private List<String> podListEncodings() {
		return requestsTo(server, "/api/v1/pods").stream()
			.filter((r) -> !LiveTestSupport.isWatch(r))
			.map((LoggedRequest r) -> r.getHeader("Accept-Encoding"))
			.toList();
	}

	private static byte[] gzip(String body) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(body.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
