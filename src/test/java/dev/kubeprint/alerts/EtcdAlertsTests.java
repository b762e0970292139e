package dev.kubeprint.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.kubeprint.testing.TestClock;
import dev.kubeprint.cluster.etcd.EtcdSource;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.config.EtcdProperties;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.AlertRuleReference;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.EtcdProcesses;
import dev.kubeprint.testing.EtcdProcesses.Cluster;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The etcd rules against real etcd members: a database filled to its small quota, and a member left alone when
 * two of three die. The source polls with the real clock; the rules' for: runs on a clock the test moves.
 */
class EtcdAlertsTests {

	@RegisterExtension
	static final EtcdProcesses etcd = new EtcdProcesses();

	private static final List<AlertRuleReference> RULES = new ReferenceCatalog().alertRules();

	private final AlertRulesAnalyzer analyzer = new AlertRulesAnalyzer(RULES);

	private final TestClock clock = new TestClock(Instant.parse("2026-11-20T08:00:00Z"));

	private final Map<String, AlertStateMachine> machines = machines();

	private AlertStates states = AlertStates.none(RULES);

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void aFullQuotaMakesEtcdDatabaseSizeHighPendingThenFiring() throws Exception {
		long quota = 16L * 1024 * 1024;
		Cluster cluster = etcd.start(1, "--quota-backend-bytes=" + quota);
		cluster.fillUntilNospace(0);
		try (EtcdSource source = source(cluster)) {
			AlertSample sample = await("the database is seen over 80 % of its quota").atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> step(source).samples().get(3), (s) -> s.condition() == AlertCondition.TRUE);
			assertThat(sample.alert()).isEqualTo("EtcdDatabaseSizeHigh");
			assertThat(sample.number()).isGreaterThan(0.8);
			assertThat(sample.value()).contains("on m0").contains("quota 16 MiB from etcd_server_quota_backend_bytes");
			assertThat(sample.basis()).contains("m0 from its /metrics");
			assertThat(states.state("EtcdDatabaseSizeHigh")).isEqualTo(AlertState.PENDING);
			assertThat(states.state("EtcdNoLeader")).isEqualTo(AlertState.INACTIVE);

			clock.advance(Duration.ofMinutes(4));
			assertThat(step(source).state("EtcdDatabaseSizeHigh")).isEqualTo(AlertState.PENDING);
			clock.advance(Duration.ofMinutes(1));
			assertThat(step(source).state("EtcdDatabaseSizeHigh")).isEqualTo(AlertState.FIRING);
		}
	}

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void twoOfThreeMembersKilledLeaveTheSurvivorWithoutLeader() {
		Cluster cluster = etcd.start(3);
		try (EtcdSource source = source(cluster)) {
			assertThat(step(source).state("EtcdNoLeader")).isEqualTo(AlertState.INACTIVE);
			cluster.kill(1);
			cluster.kill(2);
			AlertSample sample = await("the survivor says it has no leader").atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> step(source).samples().get(2), (s) -> s.condition() == AlertCondition.TRUE);
			assertThat(sample.alert()).isEqualTo("EtcdNoLeader");
			assertThat(sample.number()).isEqualTo(0.0);
			assertThat(sample.value()).startsWith("no leader on ").contains("m0");
			assertThat(sample.basis()).contains("m0 from its /metrics");
			assertThat(states.state("EtcdNoLeader")).isEqualTo(AlertState.PENDING);

			clock.advance(Duration.ofSeconds(59));
			assertThat(step(source).state("EtcdNoLeader")).isEqualTo(AlertState.PENDING);
			clock.advance(Duration.ofSeconds(1));
			assertThat(step(source).state("EtcdNoLeader")).isEqualTo(AlertState.FIRING);
		}
	}

	/** One poll of the real etcd, evaluated at the test clock's time. */
	private AlertStates step(EtcdSource source) {
		ClusterFacts facts = TestFacts.yaml().live().build();
		facts = facts.withProbes(ProbeFacts.none("not probed", "").withEtcd(source.poll()), states.version() + 2);
		states = states.next(facts.version(), analyzer.analyze(facts, Texts.of(Locale.ENGLISH)), clock.instant(),
				machines);
		return states;
	}

	private static Map<String, AlertStateMachine> machines() {
		Map<String, AlertStateMachine> machines = new java.util.LinkedHashMap<>();
		RULES.forEach((r) -> machines.put(r.alert(), new AlertStateMachine(r.forLength())));
		return machines;
	}

	private static EtcdSource source(Cluster cluster) {
		EtcdProperties properties = EtcdProperties.of(cluster.clientUrls())
			.withCallTimeout(Duration.ofSeconds(2))
			.withMetricsUrls(cluster.metricsUrls());
		return new EtcdSource(properties, java.time.Clock.systemUTC());
	}


}
