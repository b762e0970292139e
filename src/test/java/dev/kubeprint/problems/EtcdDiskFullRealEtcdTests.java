package dev.kubeprint.problems;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.kubeprint.cluster.etcd.EtcdSource;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.config.EtcdProperties;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.EtcdProcesses;
import dev.kubeprint.testing.EtcdProcesses.Cluster;
import dev.kubeprint.testing.KubeJson;

import static dev.kubeprint.problems.ProblemFixtures.EN;
import static dev.kubeprint.problems.ProblemFixtures.REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** etcd disk full on a real member: a 16 MiB quota filled until etcd refuses, then polled by the app's source. */
class EtcdDiskFullRealEtcdTests {

	private static final long QUOTA = 16L * 1024 * 1024;

	@RegisterExtension
	static final EtcdProcesses etcd = new EtcdProcesses();

	private final EtcdDiskFullChecks checks = new EtcdDiskFullChecks(REFERENCE);

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void aFullMemberIsNamedWithItsNospaceAlarmAndQuota() throws Exception {
		Cluster cluster = etcd.start(1, "--quota-backend-bytes=" + QUOTA);
		String endpoint = cluster.clientUrl(0);
		ClusterFacts bare = KubeJson.facts(KubeJson.node("cp-1")).build();
		try (EtcdSource source = new EtcdSource(EtcdProperties.of(cluster.clientUrls())
			.withCallTimeout(Duration.ofSeconds(2))
			.withMetricsUrls(cluster.metricsUrls()), Clock.systemUTC())) {
			// before: read, under its quota, no alarm, so the problem is proven absent
			// the first call may still be connecting on a loaded machine: wait for an answer, as the app's poller does
			EtcdFacts answered = await("etcd answers").atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(200))
				.until(source::poll, (f) -> f.availability().isOk() && f.endpoints().get(0).answered()
						&& f.metrics().get(0).scraped());
			List<Finding> before = checks.check(ProblemFixtures.withEtcd(bare, answered), EN);
			assertThat(before).as(before.toString()).extracting(Finding::level).containsExactly(FindingLevel.OK, FindingLevel.OK);
			assertThat(before.get(1).summary()).endsWith("of its 16 MiB quota");

			cluster.fillUntilNospace(0);
			EtcdFacts full = await("etcd reports NOSPACE").atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(200))
				.until(source::poll, (f) -> !f.alarms().isEmpty());
			List<Finding> after = checks.check(ProblemFixtures.withEtcd(bare, full), EN);
			Finding alarm = after.get(0);
			assertThat(alarm.level()).isEqualTo(FindingLevel.CRITICAL);
			assertThat(alarm.summary()).isEqualTo("NOSPACE alarm raised on m0: etcd refuses every write until the alarm is disarmed");
			assertThat(alarm.evidence()).extracting(Evidence::fact).contains("NOSPACE alarm raised by member m0");
			assertThat(alarm.remedy()).contains("etcdctl --endpoints=" + endpoint + " defrag --cluster")
				.contains("etcdctl --endpoints=" + endpoint + " alarm disarm");
			assertThat(alarm.command()).isEqualTo("etcdctl --endpoints=" + endpoint + " endpoint status -w table");
			Finding member = after.get(1);
			assertThat(member.subject()).isEqualTo("etcd member m0");
			assertThat(member.level()).isEqualTo(FindingLevel.CRITICAL);
			assertThat(member.summary()).contains("of its 16 MiB quota");
			assertThat(member.evidence()).extracting(Evidence::source)
				.contains("etcd_server_quota_backend_bytes " + cluster.metricsUrl(0));
		}
	}


}
