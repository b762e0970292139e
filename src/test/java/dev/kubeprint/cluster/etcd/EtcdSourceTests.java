package dev.kubeprint.cluster.etcd;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.api.AlarmRequest;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.MethodDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.etcd.EtcdAnalyzer;
import dev.kubeprint.etcd.EtcdHealth;
import dev.kubeprint.etcd.EtcdLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.etcd.EtcdView;
import dev.kubeprint.etcd.EtcdView.MemberRow;
import dev.kubeprint.testing.EtcdProcesses;
import dev.kubeprint.testing.EtcdProcesses.Cluster;
import dev.kubeprint.testing.TestCertificates;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.config.EtcdProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * The source against real etcd members started by the test on loopback ports: healthy, crashed, frozen and
 * full. Each test has a timeout as a safety net; none of them should come near it.
 */
class EtcdSourceTests {

	// Short, so that the dead and frozen cases stay quick; long enough for a loaded CI machine to answer.
	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

	@RegisterExtension
	static final EtcdProcesses etcd = new EtcdProcesses();

	private final EtcdAnalyzer analyzer = new EtcdAnalyzer(Texts.of(Locale.ENGLISH));

	@Test
	@Timeout(value = 90, unit = TimeUnit.SECONDS)
	void aHealthyClusterHasQuorumOneLeaderAndEveryMemberListed() {
		Cluster cluster = etcd.start(3);
		try (EtcdSource source = source(cluster, false)) {
			EtcdFacts facts = answered(source, (f) -> f.alarmsProblem().isEmpty());
			assertThat(facts.availability().isOk()).isTrue();
			assertThat(facts.members()).extracting(EtcdMemberFact::name).containsExactlyInAnyOrder("m0", "m1", "m2");
			assertThat(facts.members()).allSatisfy((m) -> assertThat(m.learner()).isFalse());
			assertThat(facts.members().stream().filter((m) -> m.name().equals("m1")).findFirst().orElseThrow()
				.clientUrls()).containsExactly(cluster.clientUrl(1));
			assertThat(facts.endpoints()).allSatisfy((e) -> {
				assertThat(e.answered()).isTrue();
				assertThat(e.healthy()).isTrue();
				assertThat(e.status().version()).isEqualTo("3.4.23");
				assertThat(e.status().dbSize()).isPositive();
			});
			assertThat(facts.alarms()).isEmpty();
			assertThat(facts.alarmsProblem()).isEmpty();

			EtcdView view = analyzer.analyze(facts, null);
			assertThat(view.health()).isEqualTo(EtcdHealth.HEALTHY);
			assertThat(view.quorum()).isEqualTo("3 members, 3 healthy, quorum holds (needs 2)");
			assertThat(view.hasLeader()).isTrue();
			assertThat(view.members()).filteredOn(MemberRow::leader).hasSize(1);
			assertThat(view.leader()).isIn("m0", "m1", "m2");
			assertThat(view.members()).extracting(MemberRow::endpoint)
				.containsExactlyInAnyOrderElementsOf(cluster.clientUrls());
			assertThat(view.members()).allSatisfy((r) -> {
				assertThat(r.health()).isEqualTo(EtcdHealth.HEALTHY);
				assertThat(r.raftTerm()).isPositive();
				assertThat(r.dbSize()).endsWith("KiB");
			});
			assertThat(view.database().quotaBytes()).isEqualTo(EtcdAnalyzer.DEFAULT_QUOTA_BYTES);
			assertThat(view.database().level()).isEqualTo(EtcdLevel.OK);
		}
	}

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void quorumHoldsWithOneMemberKilledAndThereIsNoLeaderWithTwo() {
		Cluster cluster = etcd.start(3);
		try (EtcdSource source = source(cluster, false)) {
			cluster.kill(2);
			EtcdView oneDown = pollUntil(source, healthy("m0", "m1"));
			assertThat(oneDown.quorum()).isEqualTo("3 members, 2 healthy, quorum holds (needs 2)");
			assertThat(oneDown.health()).isEqualTo(EtcdHealth.DEGRADED);
			MemberRow dead = row(oneDown, "m2");
			assertThat(dead.health()).isEqualTo(EtcdHealth.DOWN);
			assertThat(dead.state()).startsWith("etcd at " + cluster.clientUrl(2) + " is unreachable");
			assertThat(dead.endpoint()).isEqualTo(cluster.clientUrl(2));
			assertThat(row(oneDown, "m0").health()).as(row(oneDown, "m0").state()).isEqualTo(EtcdHealth.HEALTHY);

			cluster.kill(1);
			EtcdView twoDown = pollUntil(source, (v) -> !v.hasLeader());
			assertThat(twoDown.health()).isEqualTo(EtcdHealth.DOWN);
			assertThat(twoDown.quorum()).isEqualTo("NO LEADER: 1 of 3 members healthy, quorum needs 2");
			assertThat(twoDown.leader()).isEmpty();
			assertThat(twoDown.alarmsNote()).isEqualTo("alarms unknown: no member could serve a read through raft");
			assertThat(row(twoDown, "m1").health()).isEqualTo(EtcdHealth.DOWN);
			// the survivor answers but cannot serve a linearizable read without a leader
			assertThat(row(twoDown, "m0").health()).isEqualTo(EtcdHealth.DEGRADED);
		}
	}

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void aFrozenMemberIsShownUnreachableAndThePollStillReturns() {
		Cluster cluster = etcd.start(3);
		try (EtcdSource source = source(cluster, true)) {
			source.poll();
			cluster.freeze(1);
			// On a loaded machine a live member may also miss one call's deadline: wait for the poll in which
			// only the frozen one is silent, as the source itself would keep polling.
			EtcdFacts facts = await("a poll where only m1 is silent").atMost(Duration.ofSeconds(90))
				.until(source::poll, (f) -> !f.endpoints().get(1).answered() && f.endpoints().get(0).answered()
						&& f.endpoints().get(2).answered() && !f.metrics().get(1).scraped());
			EtcdEndpointFact frozen = facts.endpoints().get(1);
			assertThat(frozen.answered()).isFalse();
			assertThat(frozen.problem())
				.isEqualTo("etcd at " + cluster.clientUrl(1) + " did not answer within 2 s");
			assertThat(facts.endpoints().get(0).answered()).isTrue();
			assertThat(facts.endpoints().get(2).answered()).isTrue();
			assertThat(facts.metrics().get(1).scraped()).isFalse();
			assertThat(facts.metrics().get(1).problem()).contains("did not answer within 2 s");

			EtcdView view = pollUntil(source, healthy("m0", "m2"));
			assertThat(view.quorum()).isEqualTo("3 members, 2 healthy, quorum holds (needs 2)");
			assertThat(row(view, "m1").health()).isEqualTo(EtcdHealth.DOWN);
		}
	}

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void aFullDatabaseRaisesNospaceAndShowsItsSizeAgainstTheQuota() throws Exception {
		long quota = 16L * 1024 * 1024;
		Cluster cluster = etcd.start(1, "--quota-backend-bytes=" + quota);
		cluster.fillUntilNospace(0);
		try (EtcdSource source = source(cluster, true)) {
			EtcdFacts facts = answered(source, (f) -> !f.alarms().isEmpty() && f.metrics().get(0).scraped());
			assertThat(facts.alarms()).containsExactly(
					new EtcdAlarmFact(facts.endpoints().get(0).status().memberId(), EtcdAlarmFact.Type.NOSPACE));
			assertThat(facts.metrics().get(0).quotaBytes()).isEqualTo((double) quota);

			EtcdView view = analyzer.analyze(facts, null);
			assertThat(view.health()).isEqualTo(EtcdHealth.DOWN);
			assertThat(view.alarms()).singleElement().asString().startsWith("NOSPACE on m0: the database reached its quota");
			assertThat(view.database().quotaBytes()).isEqualTo(quota);
			assertThat(view.database().quotaSource()).isEqualTo("quota from etcd_server_quota_backend_bytes");
			assertThat(view.database().level()).isEqualTo(EtcdLevel.CRITICAL);
			assertThat(view.database().fraction()).isGreaterThan(0.9);
			assertThat(view.database().text()).contains(" of 16 MiB (");
			assertThat(view.database().notes()).contains("NOSPACE raised: etcd refuses writes");
			assertThat(row(view, "m0").errors()).anySatisfy((e) -> assertThat(e).contains("NOSPACE"));
		}
	}

	@Test
	@Timeout(value = 90, unit = TimeUnit.SECONDS)
	void metricsGiveLeaderQuotaAndLatencyOverTheIntervalBetweenScrapes() throws Exception {
		Cluster cluster = etcd.start(1);
		try (EtcdSource source = source(cluster, true)) {
			EtcdMetricsFact first = source.poll().metrics().get(0);
			assertThat(first.scraped()).isTrue();
			assertThat(first.hasInterval()).isFalse();
			assertThat(first.walFsyncP99Seconds()).isNull();
			double commitsBefore = backendCommits(cluster.metricsUrl(0));
			try (Client client = client(cluster.clientUrl(0))) {
				for (int i = 0; i < 20; i++) {
					client.getKVClient().put(bytes("k" + i), bytes("v")).get(5, TimeUnit.SECONDS);
				}
			}
			// etcd commits its backend every 100 ms, not on each put: the second scrape must come after a commit
			await("etcd committed its backend").atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> backendCommits(cluster.metricsUrl(0)) > commitsBefore);
			EtcdFacts facts = source.poll();
			EtcdMetricsFact second = facts.metrics().get(0);
			assertThat(second.hasInterval()).isTrue();
			assertThat(second.memberId()).isEqualTo(facts.endpoints().get(0).status().memberId());
			assertThat(second.hasLeader()).isTrue();
			assertThat(second.health()).isEqualTo("true");
			assertThat(second.quotaBytes()).isEqualTo((double) EtcdAnalyzer.DEFAULT_QUOTA_BYTES);
			assertThat(second.walFsyncP99Seconds()).isNotNull().isPositive();
			assertThat(second.backendCommitP99Seconds()).isNotNull().isPositive();
			assertThat(second.leaderChangesSinceLastScrape()).isZero();

			EtcdView view = analyzer.analyze(facts, null);
			assertThat(view.latencies()).extracting(EtcdView.Latency::metric)
				.containsExactly("WAL fsync p99", "backend commit p99");
			assertThat(view.leaderChanges()).isEqualTo("1 leader changes seen since the member started, 0 since the previous scrape");
		}
	}

	@Test
	@Timeout(value = 90, unit = TimeUnit.SECONDS)
	void everyCallToEtcdIsReadOnly() {
		Cluster cluster = etcd.start(3);
		Set<String> calls = ConcurrentHashMap.newKeySet();
		ClientInterceptor recorder = new ClientInterceptor() {
			@Override
			public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options,
					Channel next) {
				return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
					@Override
					public void sendMessage(Q message) {
						// the Alarm call both lists and disarms; only its GET action reads
						calls.add(method.getFullMethodName()
								+ ((message instanceof AlarmRequest alarm) ? " " + alarm.getAction() : ""));
						super.sendMessage(message);
					}
				};
			}
		};
		EtcdProperties properties = EtcdProperties.of(cluster.clientUrls()).withCallTimeout(CALL_TIMEOUT);
		try (EtcdSource source = new EtcdSource(properties, Clock.systemUTC(), (facts) -> {
		}, recorder)) {
			source.poll();
			cluster.kill(0);
			source.poll();
		}
		assertThat(calls).containsExactlyInAnyOrder("etcdserverpb.Maintenance/Status", "etcdserverpb.KV/Range",
				"etcdserverpb.Cluster/MemberList", "etcdserverpb.Maintenance/Alarm GET");
	}

	@Test
	@Timeout(value = 90, unit = TimeUnit.SECONDS)
	void readsAnEtcdThatDemandsClientCertificatesAsKubeadmSetsItUp() {
		Cluster cluster = etcd.startTls(1);
		TestCertificates.Files tls = cluster.tls();
		EtcdProperties withCert = new EtcdProperties(cluster.clientUrls(), tls.ca(), tls.clientCert(),
				tls.clientKey(), CALL_TIMEOUT, null, null, null);
		try (EtcdSource source = new EtcdSource(withCert, Clock.systemUTC())) {
			EtcdFacts facts = answered(source, (f) -> f.alarmsProblem().isEmpty());
			assertThat(facts.endpoints()).singleElement().satisfies((e) -> {
				assertThat(e.endpoint()).startsWith("https://127.0.0.1:");
				assertThat(e.answered()).as(e.problem()).isTrue();
				assertThat(e.healthy()).as(e.healthProblem()).isTrue();
			});
			assertThat(facts.members()).singleElement()
				.satisfies((m) -> assertThat(m.clientUrls()).containsExactly(cluster.clientUrl(0)));
			assertThat(facts.alarmsProblem()).isEmpty();
		}
		EtcdProperties withoutCert = new EtcdProperties(cluster.clientUrls(), tls.ca(), null, null, CALL_TIMEOUT,
				null, null, null);
		try (EtcdSource source = new EtcdSource(withoutCert, Clock.systemUTC())) {
			// A first handshake can also miss the deadline on a loaded machine; the refusal is what must come.
			EtcdFacts facts = await("the handshake refused").atMost(Duration.ofSeconds(60))
				.until(source::poll, (f) -> f.availability().reason().contains("TLS handshake"));
			assertThat(facts.availability().state()).isEqualTo(Availability.State.UNREACHABLE);
			assertThat(facts.availability().reason()).isEqualTo("etcd at " + cluster.clientUrl(0)
					+ " failed the TLS handshake: Received fatal alert: bad_certificate; check caFile, certFile and keyFile");
		}
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void startPollsOnItsOwnThreadAndCloseStopsIt() throws Exception {
		Cluster cluster = etcd.start(1);
		BlockingQueue<EtcdFacts> published = new LinkedBlockingQueue<>();
		EtcdProperties properties = EtcdProperties.of(cluster.clientUrls())
			.withCallTimeout(CALL_TIMEOUT)
			.withPollInterval(Duration.ofMillis(100));
		EtcdSource source = new EtcdSource(properties, Clock.systemUTC(), published::add);
		try {
			assertThat(source.current().availability().state()).isEqualTo(Availability.State.LOADING);
			source.start();
			EtcdFacts first = published.poll(20, TimeUnit.SECONDS);
			EtcdFacts second = published.poll(20, TimeUnit.SECONDS);
			assertThat(first).isNotNull();
			assertThat(second).isNotNull();
			assertThat(second.observedAt()).isAfter(first.observedAt());
			assertThat(second.availability().isOk()).isTrue();
		}
		finally {
			source.close();
		}
		published.clear();
		assertThat(published.poll(500, TimeUnit.MILLISECONDS)).isNull();
		assertThatIllegalStateException().isThrownBy(source::poll);
	}

	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void nothingAnsweringIsUnreachableWithTheReasonInWords() {
		EtcdProperties properties = EtcdProperties.of(List.of("http://127.0.0.1:9"))
			.withCallTimeout(CALL_TIMEOUT);
		try (EtcdSource source = new EtcdSource(properties, Clock.systemUTC())) {
			EtcdFacts facts = source.poll();
			assertThat(facts.availability().state()).isEqualTo(Availability.State.UNREACHABLE);
			assertThat(facts.availability().reason()).startsWith("etcd at http://127.0.0.1:9 is unreachable");
			EtcdView view = analyzer.analyze(facts, null);
			assertThat(view.health()).isEqualTo(EtcdHealth.UNKNOWN);
			assertThat(view.quorum()).startsWith("etcd cannot be read: etcd at http://127.0.0.1:9 is unreachable");
			assertThat(source.current()).isSameAs(facts);
		}
	}

	private EtcdSource source(Cluster cluster, boolean metrics) {
		EtcdProperties properties = EtcdProperties.of(cluster.clientUrls()).withCallTimeout(CALL_TIMEOUT);
		if (metrics) {
			properties = properties.withMetricsUrls(cluster.metricsUrls());
		}
		return new EtcdSource(properties, Clock.systemUTC());
	}

	/**
	 * Elections take a second or two after a member dies, and reads fail while they run: polls the source until
	 * the cluster has settled, for at most 30 s.
	 */
	private EtcdView pollUntil(EtcdSource source, Predicate<EtcdView> condition) {
		return await("the etcd view settles").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> analyzer.analyze(source.poll(), null), condition);
	}

	private static Predicate<EtcdView> healthy(String... names) {
		return (view) -> List.of(names).stream().allMatch((n) -> row(view, n).health() == EtcdHealth.HEALTHY);
	}


	private static Client client(String endpoint) {
		return Client.builder().endpoints(endpoint).waitForReady(false).build();
	}

	private static ByteSequence bytes(String text) {
		return ByteSequence.from(text, StandardCharsets.UTF_8);
	}

	/** How many backend commits etcd has counted, read from its own /metrics. */
	private static double backendCommits(String metricsUrl) throws Exception {
		HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(metricsUrl)).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.ofLines());
		try (Stream<String> lines = response.body()) {
			return lines.filter((l) -> l.startsWith("etcd_disk_backend_commit_duration_seconds_count "))
				.mapToDouble((l) -> Double.parseDouble(l.substring(l.indexOf(' ') + 1).trim()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("etcd reports no etcd_disk_backend_commit_duration_seconds"));
		}
	}

	private static MemberRow row(EtcdView view, String name) {
		return view.members().stream().filter((r) -> r.name().equals(name)).findFirst().orElseThrow();
	}

	/**
	 * The first poll in which every member answered and {@code also} holds. A single poll gives each call
	 * {@link #CALL_TIMEOUT}, which a first TLS handshake or a loaded CI machine can exceed once; the app polls again
	 * on its interval, so the test waits for the answer the same way instead of failing on the first slow call.
	 */
	private static EtcdFacts answered(EtcdSource source, Predicate<EtcdFacts> also) {
		return await("every member answered").atMost(Duration.ofSeconds(60))
			.until(source::poll, (f) -> !f.endpoints().isEmpty()
					&& f.endpoints().stream().allMatch(EtcdEndpointFact::answered) && also.test(f));
	}

}
