package dev.kubeprint.problems;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.PanelLink;
import dev.kubeprint.testing.KubeJson;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.problems.ProblemFixtures.EN;
import static dev.kubeprint.problems.ProblemFixtures.MIB;
import static dev.kubeprint.problems.ProblemFixtures.REFERENCE;
import static dev.kubeprint.problems.ProblemFixtures.ZH;
import static org.assertj.core.api.Assertions.assertThat;

class EtcdDiskFullChecksTests {

	private final EtcdDiskFullChecks checks = new EtcdDiskFullChecks(REFERENCE);

	private static final ClusterFacts BARE = KubeJson.facts(KubeJson.node("cp-1").role("control-plane")).build();

	private List<Finding> check(EtcdFacts etcd) {
		return checks.check(ProblemFixtures.withEtcd(BARE, etcd), EN);
	}

	@Test
	void etcdNotReadIsUnknownAndSaysHowToReadIt() {
		assertThat(checks.check(BARE, EN)).singleElement().satisfies((f) -> {
			assertThat(f.check()).isEqualTo("etcd-disk-full");
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).contains("Cannot tell").contains("holds no etcdctl capture");
			assertThat(f.remedy()).contains("kubeprint.clusters[].etcd.endpoints");
			// nothing shows the quota's cause at work: no cause is claimed
			assertThat(f.cause()).isEmpty();
			assertThat(f.command()).isEqualTo("etcdctl --endpoints=<endpoints> endpoint status -w table");
			assertThat(f.panel()).isEqualTo(new PanelLink("etcd", "etcd-database"));
		});
	}

	@Test
	void etcdThatDidNotAnswerIsUnknownWithItsReason() {
		EtcdFacts down = new EtcdFacts(List.of(), List.of(), List.of(), "", List.of(), ProblemFixtures.AT,
				Availability.unreachable("no endpoint answered: connection refused"));
		assertThat(check(down)).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).contains("connection refused");
		});
	}

	@Test
	void noSpaceAlarmIsCriticalAndNamesTheFixWithTheEtcdctlLines() {
		EtcdFacts full = new ProblemFixtures.Etcd().member(100 * MIB, 98 * MIB, 100 * MIB, "memberID:1 alarm:NOSPACE")
			.member(99 * MIB, 98 * MIB, 100 * MIB)
			.alarm(1, EtcdAlarmFact.Type.NOSPACE)
			.build();
		List<Finding> findings = check(full);
		Finding alarm = findings.get(0);
		assertThat(alarm.level()).isEqualTo(FindingLevel.CRITICAL);
		assertThat(alarm.subject()).isEqualTo("etcd");
		assertThat(alarm.summary()).contains("NOSPACE alarm raised on cp-1").contains("refuses every write");
		assertThat(alarm.evidence()).extracting(Evidence::fact)
			.contains("NOSPACE alarm raised by member cp-1", "memberID:1 alarm:NOSPACE");
		String endpoints = "https://10.0.0.11:2379,https://10.0.0.12:2379";
		assertThat(alarm.remedy()).startsWith("Compact and defragment")
			.contains("etcdctl --endpoints=" + endpoints + " compact <rev>")
			.contains("etcdctl --endpoints=" + endpoints + " defrag --cluster")
			.contains("etcdctl --endpoints=" + endpoints + " alarm disarm");
		assertThat(alarm.command()).isEqualTo("etcdctl --endpoints=" + endpoints + " endpoint status -w table");
		assertThat(alarm.cause()).contains("--quota-backend-bytes");
		// Each member against its own quota: cp-1 at 100 %, cp-2 at 99 %.
		assertThat(findings.subList(1, 3)).extracting(Finding::subject, Finding::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("etcd member cp-1", FindingLevel.CRITICAL),
					org.assertj.core.groups.Tuple.tuple("etcd member cp-2", FindingLevel.CRITICAL));
		assertThat(findings.get(1).evidence()).extracting(Evidence::fact)
			.contains("database 100 MiB on disk, 98 MiB of it in use", "quota 100 MiB; the database is 100 % of it");
	}

	@Test
	void sizeAgainstQuotaGivesOkWarningAndCriticalAtTheReferenceThresholds() {
		EtcdFacts etcd = new ProblemFixtures.Etcd().member(10 * MIB, 9 * MIB, 100 * MIB)
			.member(85 * MIB, 80 * MIB, 100 * MIB)
			.member(96 * MIB, 90 * MIB, 100 * MIB)
			.build();
		List<Finding> findings = check(etcd);
		assertThat(findings).extracting(Finding::level)
			.containsExactly(FindingLevel.OK, FindingLevel.OK, FindingLevel.WARNING, FindingLevel.CRITICAL);
		assertThat(findings.get(0).summary()).isEqualTo("No alarm raised: etcd accepts writes");
		assertThat(findings.get(1).summary()).isEqualTo("The database is 10 % of its 100 MiB quota");
		assertThat(findings.get(1).evidence()).extracting(Evidence::source)
			.contains("etcd_server_quota_backend_bytes http://10.0.0.11:2381/metrics");
		assertThat(findings.get(2).summary()).contains("85 % of its 100 MiB quota").contains("above 80 %");
		assertThat(findings.get(2).remedy()).contains("--endpoints=https://10.0.0.12:2379 defrag --cluster");
		assertThat(findings.get(3).command()).isEqualTo("etcdctl --endpoints=https://10.0.0.13:2379 endpoint status -w table");
	}

	@Test
	void quotaNotKnownLeavesTheSizeUnknownRatherThanGuessingTheDefault() {
		EtcdFacts etcd = new ProblemFixtures.Etcd().member(1500 * MIB, 1400 * MIB, null).build();
		assertThat(check(etcd).get(1)).satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).contains("not the quota");
			assertThat(f.evidence()).extracting(Evidence::fact).contains("database 1.5 GiB on disk, 1.4 GiB of it in use");
		});
	}

	@Test
	void quotaComesFromTheMembersPodFlagOrItsDefaultWhenThePodIsSeenWithoutIt() {
		ClusterFacts pods = KubeJson.facts(KubeJson.staticPod("etcd", "cp-1", "3.5.15-0", "etcd", "--name=cp-1",
				"--quota-backend-bytes=104857600"), KubeJson.staticPod("etcd", "cp-2", "3.5.15-0", "etcd", "--name=cp-2"))
			.build();
		EtcdFacts etcd = new ProblemFixtures.Etcd().member(90 * MIB, 80 * MIB, null).member(90 * MIB, 80 * MIB, null).build();
		List<Finding> findings = checks.check(ProblemFixtures.withEtcd(pods, etcd), EN);
		assertThat(findings.get(1).level()).isEqualTo(FindingLevel.WARNING);
		assertThat(findings.get(1).evidence()).extracting(Evidence::source)
			.contains("--quota-backend-bytes=104857600 (pod etcd-cp-1)");
		assertThat(findings.get(2).level()).isEqualTo(FindingLevel.OK);
		assertThat(findings.get(2).evidence()).extracting(Evidence::source)
			.contains("etcd's default, no --quota-backend-bytes on pod etcd-cp-2");
	}

	@Test
	void freePagesWorthADefragAreInfoWithTheDefragLine() {
		EtcdFacts etcd = new ProblemFixtures.Etcd().member(1024 * MIB, 200 * MIB, 8192 * MIB).build();
		assertThat(check(etcd).get(1)).satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.INFO);
			assertThat(f.summary()).isEqualTo("824 MiB of the 1 GiB database file is free pages: a defragmentation returns it");
			assertThat(f.remedy()).isEqualTo(
					"Defragmenting returns 824 MiB: etcdctl --endpoints=https://10.0.0.11:2379 defrag --cluster");
		});
	}

	@Test
	void aMemberThatDidNotAnswerAndAlarmsThatCouldNotBeReadAreUnknown() {
		EtcdFacts etcd = new ProblemFixtures.Etcd().member(10 * MIB, 9 * MIB, 100 * MIB)
			.silentMember()
			.alarmsUnknown("etcdserver: no leader")
			.build();
		List<Finding> findings = check(etcd);
		assertThat(findings.get(0).level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(findings.get(0).summary()).contains("etcdserver: no leader");
		assertThat(findings.get(2).level()).isEqualTo(FindingLevel.UNKNOWN);
		assertThat(findings.get(2).subject()).isEqualTo("etcd member https://10.0.0.12:2379");
		assertThat(findings.get(2).summary()).contains("did not answer within 3 s");
	}

	/** What clients see: the API server's failing etcd readiness check joins the alarm as evidence. */
	@Test
	void theApiServersFailingEtcdCheckIsEvidenceOfTheSymptom() {
		ClusterFacts captured = TestFacts.yaml(KubeJson.node("cp-1").toString())
			.file("readyz-verbose.txt", "[+]ping ok\n[+]log ok\n[-]etcd failed: reason withheld\nreadyz check failed\n")
			.build();
		EtcdFacts full = new ProblemFixtures.Etcd().member(100 * MIB, 99 * MIB, 100 * MIB)
			.alarm(1, EtcdAlarmFact.Type.NOSPACE)
			.build();
		Finding alarm = checks.check(ProblemFixtures.withEtcd(captured, full), EN).get(0);
		assertThat(alarm.evidence()).anySatisfy((e) -> {
			assertThat(e.fact()).isEqualTo("readyz check etcd: failed: reason withheld");
			assertThat(e.source()).isEqualTo("/readyz?verbose");
		});
	}

	@Test
	void speaksChinese() {
		EtcdFacts full = new ProblemFixtures.Etcd().member(100 * MIB, 99 * MIB, 100 * MIB)
			.alarm(1, EtcdAlarmFact.Type.NOSPACE)
			.build();
		Finding alarm = checks.check(ProblemFixtures.withEtcd(BARE, full), ZH).get(0);
		assertThat(alarm.summary()).contains("NOSPACE 告警");
		assertThat(alarm.remedy()).startsWith("压缩+碎片整理");
		assertThat(alarm.cause()).contains("只接受读和删除");
	}

}
