package dev.kubeprint.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.cluster.facts.EtcdStatusFact;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.testing.KubeJson;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** etcd endpoint health and endpoint status member by member, from etcd's own answers only. */
class EtcdChecklistChecksTests {

	private static final long GIB = 1024L * 1024 * 1024;

	private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");

	/** Three members of 2 GiB quota (the default, nothing says otherwise) with these database sizes. */
	private static ClusterFacts etcd(List<EtcdAlarmFact> alarms, List<EtcdMetricsFact> metrics, long... sizes) {
		List<EtcdMemberFact> members = new ArrayList<>();
		List<EtcdEndpointFact> endpoints = new ArrayList<>();
		for (int i = 1; i <= sizes.length; i++) {
			String endpoint = "https://10.0.0.1" + i + ":2379";
			members.add(new EtcdMemberFact(i, "cp-" + i, List.of(), List.of(endpoint), false));
			endpoints.add(sizes[i - 1] < 0 ? new EtcdEndpointFact(endpoint, null, "did not answer within 3 s", false,
					"context deadline exceeded")
					: new EtcdEndpointFact(endpoint, new EtcdStatusFact(i, "3.5.15", sizes[i - 1], sizes[i - 1] / 2, 1, 7,
							100, 100, false, List.of()), "", true, ""));
		}
		EtcdFacts facts = new EtcdFacts(members, endpoints, alarms, "", metrics, AT, Availability.ok());
		ClusterFacts base = KubeJson.facts(KubeJson.node("cp-1")).build();
		return base.withProbes(base.probes().withEtcd(facts), 2);
	}

	@Test
	void everyMemberIsJudgedAgainstTheYamlThresholds() {
		ClusterFacts facts = etcd(List.of(), List.of(), GIB, (long) (1.7 * GIB), (long) (1.95 * GIB));
		List<Finding> size = Checklist.of(facts, EtcdChecklistChecks.SIZE);
		assertThat(size).extracting(Finding::level)
			.containsExactly(FindingLevel.OK, FindingLevel.WARNING, FindingLevel.CRITICAL);
		assertThat(size.get(1).subject()).isEqualTo("cp-2 (https://10.0.0.12:2379)");
		assertThat(size.get(1).summary()).isEqualTo("1.7 GiB of 2 GiB (85%)");
		assertThat(size.get(1).evidence()).extracting((e) -> e.source())
			.contains("etcd's default 2 GiB: the quota in force is not read (neither metrics nor flags)");
		assertThat(size.get(2).remedy()).contains("warning above 80% of the quota, critical from 95%");
		assertThat(size.get(1).command()).isEqualTo("etcdctl --endpoints=https://10.0.0.12:2379 endpoint status -w table");
		assertThat(size.get(1).panel().panel()).isEqualTo("etcd-database");
	}

	@Test
	void nospaceIsCriticalAtAnySizeAndTheQuotaComesFromTheMembersMetrics() {
		EtcdMetricsFact metrics = new EtcdMetricsFact("https://10.0.0.12:2381/metrics", "", true, 2L, true, 1.0, 0.0,
				8.0 * GIB, null, null, null, null, "true");
		ClusterFacts facts = etcd(List.of(new EtcdAlarmFact(2, EtcdAlarmFact.Type.NOSPACE)), List.of(metrics), GIB, GIB);
		Finding full = Checklist.one(facts, EtcdChecklistChecks.SIZE, "cp-2 (https://10.0.0.12:2379)");
		assertThat(full.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(full.summary()).isEqualTo("NOSPACE alarm raised, etcd refuses writes: 1 GiB of 8 GiB (12.5%)");
		assertThat(full.evidence()).extracting((e) -> e.source())
			.contains("etcd_server_quota_backend_bytes at https://10.0.0.12:2381/metrics");
		assertThat(Checklist.one(facts, EtcdChecklistChecks.SIZE, "cp-1 (https://10.0.0.11:2379)").level())
			.isEqualTo(FindingLevel.OK);
	}

	@Test
	void aMemberThatDoesNotAnswerIsUnhealthyAndItsSizeUnknown() {
		ClusterFacts facts = etcd(List.of(), List.of(), GIB, -1);
		Finding health = Checklist.one(facts, EtcdChecklistChecks.HEALTH, "https://10.0.0.12:2379");
		assertThat(health.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(health.summary()).isEqualTo("https://10.0.0.12:2379 is unhealthy: context deadline exceeded");
		assertThat(health.command()).startsWith("etcdctl --endpoints=https://10.0.0.12:2379 --cacert=")
			.endsWith("endpoint health");
		Finding size = Checklist.one(facts, EtcdChecklistChecks.SIZE, "https://10.0.0.12:2379");
		assertThat(size.level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(size.summary()).contains("did not answer within 3 s");
		assertThat(Checklist.one(facts, EtcdChecklistChecks.HEALTH, "cp-1 (https://10.0.0.11:2379)").level())
			.isEqualTo(FindingLevel.OK);
	}

	@Test
	void etcdNotReadIsUnknownAndSaysHowToEnableIt() {
		ClusterFacts base = KubeJson.facts(KubeJson.node("cp-1")).live().build();
		ClusterFacts live = base.withProbes(ProbeFacts.none("not probed yet", ProbeFacts.NO_ETCD), 2);
		for (String check : List.of(EtcdChecklistChecks.HEALTH, EtcdChecklistChecks.SIZE)) {
			assertThat(Checklist.one(live, check, "etcd")).satisfies((f) -> {
				assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
				assertThat(f.summary()).contains("set kubeprint.clusters[].etcd.endpoints");
				assertThat(f.remedy()).contains("etcd-endpoint-status.json");
			});
		}
	}

	@Test
	void theDemosCapturedEtcdctlOutput() {
		List<Finding> size = Checklist.of(TestFacts.demo(), EtcdChecklistChecks.SIZE);
		// NOSPACE is raised on cp-3 but etcd reports the alarm in every member's status: the whole cluster refuses
		// writes, so every member's line is critical, and cp-3's is also at its quota.
		assertThat(size).extracting(Finding::level)
			.containsExactly(FindingLevel.CRITICAL, FindingLevel.CRITICAL, FindingLevel.CRITICAL);
		assertThat(size.get(2).summary()).isEqualTo("NOSPACE alarm raised, etcd refuses writes: 8 GiB of 8 GiB (100%)");
		assertThat(size.get(2).evidence().get(0).source()).startsWith("etcdctl output captured in the dump");
		// etcdctl endpoint health answers "unhealthy" while an alarm is active, as the demo's capture says.
		assertThat(Checklist.of(TestFacts.demo(), EtcdChecklistChecks.HEALTH)).hasSize(3).allSatisfy((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.CRITICAL);
			assertThat(f.summary()).matches("https://10\\.0\\.0\\.1[123]:2379 is unhealthy: Active Alarm\\(s\\): NOSPACE ");
		});
	}

}
