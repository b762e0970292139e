package dev.kubeprint.cluster.live;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.Availability.State;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.kubeprint.cluster.live.LiveTestSupport.await;
import static dev.kubeprint.cluster.live.LiveTestSupport.fastSettings;
import static dev.kubeprint.cluster.live.LiveTestSupport.stubQuietCluster;
import static org.assertj.core.api.Assertions.assertThat;

/** A broken context says what is wrong in words, on its own facts, while the other contexts work. */
class LiveKubeconfigTests {

	private final WireMockServer server = new WireMockServer(
			options().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1"));

	private final List<LiveClusterSource> sources = new ArrayList<>();

	@TempDir
	Path dir;

	@BeforeEach
	void startServer() {
		server.start();
		stubQuietCluster(server);
	}

	@AfterEach
	void stop() {
		sources.forEach(LiveClusterSource::close);
		server.stop();
	}

	@Test
	void brokenContextSaysWhyWhileTheOtherSyncs() throws Exception {
		String notACertificate = Base64.getEncoder()
			.encodeToString("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n"
				.getBytes(StandardCharsets.UTF_8));
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		Path kubeconfig = LiveTestSupport.writeKubeconfig(dir, """
				apiVersion: v1
				kind: Config
				current-context: good
				clusters:
				- name: good
				  cluster:
				    server: %s
				- name: bad-ca
				  cluster:
				    server: https://127.0.0.1:%d
				    certificate-authority-data: %s
				- name: gone
				  cluster:
				    server: http://127.0.0.1:%d
				users:
				- name: u
				  user:
				    token: t
				contexts:
				- name: good
				  context: {cluster: good, user: u}
				- name: bad-ca
				  context: {cluster: bad-ca, user: u}
				- name: gone
				  context: {cluster: gone, user: u}
				""".formatted("http://127.0.0.1:" + server.port(), closedPort, notACertificate, closedPort));
		LiveClusterSource good = start(kubeconfig, "good");
		LiveClusterSource badCa = start(kubeconfig, "bad-ca");
		LiveClusterSource gone = start(kubeconfig, "gone");

		await("all three visible", () -> good.facts().synced() && badCa.facts().synced() && gone.facts().synced(),
				() -> List.of(good.facts(), badCa.facts(), gone.facts()));

		assertThat(good.facts().availability(FactKind.NODES).isOk()).isTrue();
		await("the good server's version", () -> good.facts().serverVersion().isPresent(), good::facts);
		assertEveryKind(badCa.facts(), State.UNREACHABLE, "certificate authority or client certificate of context"
				+ " \"bad-ca\" in kubeconfig " + kubeconfig + " is not a valid certificate");
		assertThat(badCa.facts().problems()).anySatisfy((p) -> assertThat(p.reason()).contains("not a valid certificate"));
		assertEveryKind(gone.facts(), State.UNREACHABLE,
				"unreachable: connection refused to http://127.0.0.1:" + closedPort);
	}

	@Test
	void aCertificateAuthorityThatDidNotSignTheServerSaysSo() throws Exception {
		// A real CA certificate, just not the one that signed this server's: the commonest kubeconfig mistake.
		javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory
			.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
		trust.init((java.security.KeyStore) null);
		java.security.cert.X509Certificate someCa = ((javax.net.ssl.X509TrustManager) trust.getTrustManagers()[0])
			.getAcceptedIssuers()[0];
		String pem = "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(someCa.getEncoded())
				+ "\n-----END CERTIFICATE-----\n";
		Path kubeconfig = LiveTestSupport.writeKubeconfig(dir, """
				apiVersion: v1
				kind: Config
				current-context: wrong-ca
				clusters:
				- name: c
				  cluster:
				    server: https://localhost:%d
				    certificate-authority-data: %s
				users:
				- name: u
				  user:
				    token: t
				contexts:
				- name: wrong-ca
				  context: {cluster: c, user: u}
				""".formatted(server.httpsPort(),
				Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII))));
		LiveClusterSource source = start(kubeconfig, "wrong-ca");

		await("visible", () -> source.facts().synced(), source::facts);

		assertEveryKind(source.facts(), State.UNREACHABLE, "unreachable: TLS with https://localhost:"
				+ server.httpsPort() + " failed: the server's certificate is not signed by the certificate authority"
				+ " in the kubeconfig");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void unknownContextAndMissingFileAreNamed() throws Exception {
		Path kubeconfig = LiveTestSupport.kubeconfig(dir, server.baseUrl());
		LiveClusterSource unknown = start(kubeconfig, "prod");
		LiveClusterSource missing = start(dir.resolve("nowhere.yaml"), "test");

		await("both visible", () -> unknown.facts().synced() && missing.facts().synced(),
				() -> List.of(unknown.facts(), missing.facts()));

		assertEveryKind(unknown.facts(), State.UNREACHABLE,
				"context \"prod\" is not in kubeconfig " + kubeconfig + " (contexts: test)");
		assertEveryKind(missing.facts(), State.UNREACHABLE,
				"kubeconfig " + dir.resolve("nowhere.yaml") + " does not exist or is not a file");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	private LiveClusterSource start(Path kubeconfig, String context) {
		LiveClusterSource source = LiveTestSupport.source(kubeconfig, context, fastSettings());
		sources.add(source);
		source.start();
		return source;
	}

	private static void assertEveryKind(ClusterFacts facts, State state, String reason) {
		for (FactKind<?> kind : FactKind.ALL) {
			Availability availability = facts.availability(kind);
			if (kind == FactKind.SECRETS) {
				assertThat(availability.state()).isEqualTo(State.NOT_APPLICABLE);
				continue;
			}
			assertThat(availability.state()).as(kind.resourceName()).isEqualTo(state);
			assertThat(availability.reason()).as(kind.resourceName()).contains(reason);
		}
	}

}
