package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.kubeprint.testing.TestClock;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.Resources;
import dev.kubeprint.cluster.facts.ComponentHealth.Status;
import dev.kubeprint.cluster.facts.ComponentHealth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class ComponentHealthProbeTests {

	/** HTTPS with WireMock's self-signed certificate, as the components serve it when not given one. */
	@RegisterExtension
	static WireMockExtension component = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicHttpsPort().httpDisabled(true))
		.build();

	private final TestClock clock = new TestClock("2026-11-25T01:00:00Z");

	@Test
	void aHealthySchedulerAnswersOk() throws Exception {
		component.stubFor(get("/healthz")
			.willReturn(aResponse().withBody(ApiServerProbeTests.resource(
					"/fixtures/real-apiserver-v1.28/scheduler-healthz.txt"))));
		ComponentTarget target = at("kube-scheduler", "kube-scheduler-cp-1");
		ComponentHealth health = probe().probe(target);
		assertThat(health.status()).as(health.detail()).isEqualTo(Status.OK);
		assertThat(health.detail()).isEqualTo("ok");
		assertThat(health.evidence()).isEqualTo(
				"GET https://localhost:" + target.port() + "/healthz (pod kube-system/kube-scheduler-cp-1)");
		assertThat(health.observedAt()).isEqualTo(Instant.parse("2026-11-25T01:00:00Z"));
	}

	@Test
	void aFailingControllerManagerShowsWhatItSaid() throws Exception {
		component.stubFor(get("/healthz").willReturn(aResponse().withStatus(500)
			.withBody("[+]ping ok\n[-]leaderElection failed: reason withheld\nhealthz check failed\n")));
		ComponentHealth health = probe().probe(at("kube-controller-manager", "kube-controller-manager-cp-2"));
		assertThat(health.status()).isEqualTo(Status.FAILED);
		assertThat(health.detail())
			.isEqualTo("answered 500: [+]ping ok [-]leaderElection failed: reason withheld healthz check failed");
	}

	@Test
	void aComponentThatWillNotShowItsHealthIsUpButDenied() throws Exception {
		component.stubFor(get("/healthz").willReturn(aResponse().withStatus(403).withBody("forbidden")));
		ComponentHealth health = probe().probe(at("cloud-controller-manager", "ccm-1"));
		assertThat(health.status()).isEqualTo(Status.DENIED);
		assertThat(health.detail()).contains("--authorization-always-allow-paths=/healthz");
	}

	@Test
	void nothingListeningIsUnreachableWithTheReason() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ComponentTarget target = new ComponentTarget("kube-scheduler", "kube-scheduler-cp-3", "127.0.0.1",
				closedPort, "pod kube-system/kube-scheduler-cp-3", false);
		ComponentHealth health = probe().probe(target);
		assertThat(health.status()).isEqualTo(Status.UNREACHABLE);
		assertThat(health.detail())
			.startsWith("GET https://127.0.0.1:" + closedPort + "/healthz failed: cannot connect");
	}

	@Test
	void targetsComeFromPodsWithTheirSecurePortAndKubeadmsLoopbackBindIsNotTried() throws IOException {
		PodFact scheduler = pod("kube-scheduler-cp-1", "kube-scheduler", "10.0.0.11",
				Map.of("bind-address", "127.0.0.1", "leader-elect", "true"));
		PodFact controllerManager = pod("kube-controller-manager-cp-1", "kube-controller-manager", "10.0.0.11",
				Map.of("secure-port", "11257", "bind-address", "0.0.0.0"));
		PodFact proxy = pod("kube-proxy-abcde", "kube-proxy", "10.0.0.11", Map.of());
		assertThat(ComponentTarget.fromPod(proxy)).isEmpty();
		ComponentTarget cm = ComponentTarget.fromPod(controllerManager).orElseThrow();
		assertThat(cm.healthz()).hasToString("https://10.0.0.11:11257/healthz");
		ComponentTarget sched = ComponentTarget.fromPod(scheduler).orElseThrow();
		assertThat(sched.port()).isEqualTo(10259);
		assertThat(sched.loopbackOnly()).isTrue();
		ComponentHealthProbe probe = new ComponentHealthProbe((uri) -> {
			throw new AssertionError("must not be asked: " + uri);
		}, clock);
		ComponentHealth health = probe.probe(List.of(sched)).get(0);
		assertThat(health.status()).isEqualTo(Status.UNREACHABLE);
		assertThat(health.detail()).startsWith("listens on 127.0.0.1 only");
		assertThat(health.evidence()).isEqualTo("--bind-address of pod kube-system/kube-scheduler-cp-1");
		assertThat(ComponentTarget.of("cloud-controller-manager", "fd00::5", "node address").healthz())
			.hasToString("https://[fd00::5]:10258/healthz");
	}

	private ComponentHealthProbe probe() throws Exception {
		return new ComponentHealthProbe(JdkHttp.trustingAnyCertificate(Duration.ofSeconds(5)), clock);
	}

	private static ComponentTarget at(String component, String pod) {
		return new ComponentTarget(component, pod, "localhost", ComponentHealthProbeTests.component.getHttpsPort(),
				"pod kube-system/" + pod, false);
	}

	private static PodFact pod(String name, String component, String ip, Map<String, String> flags) {
		return new PodFact("kube-system", name, "cp-1", "Running", true, 0, Resources.NONE, List.of(), "Node", "cp-1",
				component, flags, "", "", ip, true, Instant.parse("2026-11-20T00:00:00Z"), "", false, false);
	}

}
