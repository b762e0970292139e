package dev.kubeprint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake server compresses as kube-apiserver does: only lists over 128 KiB, only for a client that asks. */
class FakeApiServerTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpServer server;

	@BeforeEach
	void start() throws IOException {
		server = new FakeApiServer(new GeneratedCluster(20, 1000), false, 0).start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void aLargeListIsGzippedForAClientThatAsks() throws Exception {
		HttpResponse<InputStream> response = get("/api/v1/pods?limit=500", "gzip");

		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (InputStream in = new GZIPInputStream(response.body())) {
			JsonNode list = JsonMapper.builder().build().readTree(in);
			assertThat(list.path("items").size()).isEqualTo(500);
			assertThat(list.path("metadata").path("remainingItemCount").asLong()).isEqualTo(500);
		}
	}

	@Test
	void aLargeListIsPlainForAClientThatDoesNotAsk() throws Exception {
		HttpResponse<InputStream> response = get("/api/v1/pods?limit=500", "identity");

		assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(JsonMapper.builder().build().readTree(response.body()).path("items").size()).isEqualTo(500);
	}

	@Test
	void aListUnder128KiBIsPlainEvenWhenGzipIsAsked() throws Exception {
		HttpResponse<InputStream> response = get("/api/v1/nodes?limit=20", "gzip");

		assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
		byte[] body = response.body().readAllBytes();
		assertThat(body.length).isLessThan(DeferredGzip.THRESHOLD);
		assertThat(new String(body, StandardCharsets.UTF_8)).startsWith("{\"kind\":\"List\"");
	}

	private HttpResponse<InputStream> get(String path, String encoding) throws Exception {
		URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
		return http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", encoding).build(),
				HttpResponse.BodyHandlers.ofInputStream());
	}

}
