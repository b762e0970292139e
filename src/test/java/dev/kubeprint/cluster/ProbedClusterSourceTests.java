package dev.kubeprint.cluster;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.kubeprint.config.EtcdProperties;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;
import dev.kubeprint.cluster.probe.ApiServerProbe;
import dev.kubeprint.cluster.facts.ComponentHealth;
import dev.kubeprint.testing.EtcdProcesses;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.cluster.source.ClusterSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProbedClusterSourceTests {

	private final WireMockServer scheduler = new WireMockServer(options().dynamicPort().dynamicHttpsPort()
		.bindAddress("127.0.0.1"));

	@RegisterExtension
	static final EtcdProcesses etcd = new EtcdProcesses();

	private ProbedClusterSource source;

	@AfterEach
	void stop() {
		if (source != null) {
			source.close();
		}
		scheduler.stop();
	}

	@Test
	void probesComponentsWithoutCredentialsAndKeepsItsOwnVersion() {
		scheduler.start();
		scheduler.stubFor(get(urlEqualTo("/healthz")).willReturn(aResponse().withBody("ok")));
		ClusterFacts base = TestFacts.yaml(component("kube-scheduler-cp-1", "kube-scheduler",
				"--secure-port=" + scheduler.httpsPort()),
				component("kube-controller-manager-cp-1", "kube-controller-manager", "--bind-address=127.0.0.1"))
			.live()
			.build();
		FixedSource inner = new FixedSource(base);
		ApiServerProbe noServer = new ApiServerProbe((path) -> {
			throw new IOException("connection refused");
		}, Clock.systemUTC());
		source = new ProbedClusterSource(inner, noServer, Duration.ofMillis(100), "", null, Clock.systemUTC());
		ClusterFacts before = source.facts();
		assertThat(source.facts()).as("nothing changed, the same facts").isSameAs(before);
		source.start();

		await("components were probed").atMost(Duration.ofSeconds(20))
			.until(() -> source.facts().probes().components().size() >= 2);
		ClusterFacts probed = source.facts();
		assertThat(probed.version()).isGreaterThan(before.version());
		assertThat(probed.probes().apiServer()).hasValueSatisfying((a) -> assertThat(a.unreachable()).isTrue());
		assertThat(probed.probes().components()).anySatisfy((h) -> {
			assertThat(h.component()).isEqualTo("kube-scheduler");
			assertThat(h.status()).isEqualTo(ComponentHealth.Status.OK);
			assertThat(h.evidence()).contains("GET https://127.0.0.1:" + scheduler.httpsPort() + "/healthz")
				.contains("pod kube-system/kube-scheduler-cp-1");
		}).anySatisfy((h) -> {
			assertThat(h.component()).isEqualTo("kube-controller-manager");
			assertThat(h.status()).isEqualTo(ComponentHealth.Status.UNREACHABLE);
		});
		scheduler.verify(getRequestedFor(urlEqualTo("/healthz")).withHeader("Authorization", absent()));
		assertThat(scheduler.getAllServeEvents()).allSatisfy((e) -> assertThat(e.getRequest().getUrl()).isEqualTo("/healthz"));

		inner.facts.set(base.withVersion(base.version() + 1, base.observedAt()));
		assertThat(source.facts().version()).as("the inner source moved").isGreaterThan(probed.version());
	}

	@Test
	void withoutEndpointsEtcdIsReadWhereTheSyncedClusterSaysItIs() {
		EtcdProcesses.Cluster member = etcd.start(1);
		FixedSource inner = new FixedSource(TestFacts.yaml().live().build());
		source = new ProbedClusterSource(inner, null, Duration.ofSeconds(1), "no probe", etcdWithoutEndpoints(),
				Clock.systemUTC(), (facts) -> member.clientUrls());
		assertThat(source.facts().probes().etcdAbsent()).startsWith("looking for etcd's address");
		source.start();
		await("etcd was found and read").atMost(Duration.ofSeconds(30))
			.until(() -> source.facts().probes().etcd().map((e) -> e.availability().isOk()).orElse(false));
		assertThat(source.facts().probes().etcd().orElseThrow().members()).hasSize(1);
	}

	@Test
	void withoutEndpointsAndNothingToFindItSaysWhatToSet() {
		FixedSource inner = new FixedSource(TestFacts.yaml().live().build());
		source = new ProbedClusterSource(inner, null, Duration.ofSeconds(1), "no probe", etcdWithoutEndpoints(),
				Clock.systemUTC(), (facts) -> List.of());
		source.start();
		await("discovery finished").atMost(Duration.ofSeconds(10))
			.until(() -> !source.facts().probes().etcdAbsent().startsWith("looking"));
		assertThat(source.facts().probes().etcdAbsent()).contains("set kubeprint.clusters[].etcd.endpoints");
		assertThat(source.facts().probes().etcd()).isEmpty();
	}

	@Test
	void aSourceThatCannotStartSaysWhyAndCountsAsAVisibleFailure() {
		ClusterFacts loading = ClusterFacts.loading(
				new ClusterIdentity("broken", ClusterIdentity.SourceType.LIVE, "test"), java.time.Instant.now());
		FixedSource inner = new FixedSource(loading) {
			@Override
			public void start() {
				throw new IllegalStateException("kubeconfig has no current context");
			}
		};
		source = new ProbedClusterSource(inner, null, Duration.ofSeconds(1), "no probe", null, Clock.systemUTC());
		assertThat(source.facts().synced()).isFalse();
		source.start();
		ClusterFacts facts = source.facts();
		assertThat(facts.synced()).as("readiness does not wait for a source that never started").isTrue();
		assertThat(facts.availability(dev.kubeprint.cluster.facts.FactKind.PODS).reason())
			.isEqualTo("could not start: kubeconfig has no current context");
		assertThat(source.facts()).isSameAs(facts);
	}

	private static EtcdProperties etcdWithoutEndpoints() {
		return new EtcdProperties(List.of(), null, null, null, Duration.ofSeconds(1), Duration.ofMillis(300), List.of(),
				null);
	}

	private static String component(String name, String component, String flag) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: kube-system, labels: {component: %s}}
				spec: {nodeName: cp-1, hostNetwork: true, containers: [{name: c, command: [%s, "%s"]}]}
				status: {phase: Running, podIP: 127.0.0.1, conditions: [{type: Ready, status: "True"}]}
				""".formatted(name, component, component, flag);
	}

	/** A source whose facts the test sets. */
	private static class FixedSource implements ClusterSource {

		final AtomicReference<ClusterFacts> facts;

		FixedSource(ClusterFacts facts) {
			this.facts = new AtomicReference<>(facts);
		}

		@Override
		public ClusterIdentity identity() {
			return facts.get().cluster();
		}

		@Override
		public ClusterFacts facts() {
			return facts.get();
		}

		@Override
		public void start() {
		}

		@Override
		public void close() {
		}

	}

}
