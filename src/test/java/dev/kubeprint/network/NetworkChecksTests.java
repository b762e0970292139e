package dev.kubeprint.network;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.RealWorld;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkChecksTests {

	static final Texts EN = Texts.of(Locale.ENGLISH);

	static final ReferenceCatalog REFERENCE = ReferenceCatalog.load();

	static List<Finding> check(ClusterFacts facts) {
		return new NetworkChecks(REFERENCE.cnis()).check(facts, EN, new NetworkAnalyzer(REFERENCE).analyze(facts, EN));
	}

	@Test
	void anAgentDaemonSetShortOfReadyPodsIsAWarningNamingItsCounts() {
		List<Finding> findings = check(RealWorld.facts("eks-1.22-node-unreachable"));
		Finding agent = findings.stream().filter((f) -> f.check().equals("network.cni-agent")).findFirst().orElseThrow();
		assertThat(agent.level()).isEqualTo(FindingLevel.WARNING);
		assertThat(agent.subject()).isEqualTo("DaemonSet kube-system/aws-node");
		assertThat(agent.summary()).contains("2/3");
		assertThat(agent.evidence()).singleElement().satisfies((e) -> assertThat(e.source()).contains("aws-node"));
		assertThat(agent.command()).isEqualTo("kubectl -n kube-system get pods -o wide");
		assertThat(agent.panel().panel()).isEqualTo("network-cni");
	}

	@Test
	void podsOutsideTheirNodeBlockUnderCalicoAreInformationAndTheReadyAgentIsOk() {
		List<Finding> findings = check(RealWorld.facts("kubeadm-1.21-calico"));
		assertThat(findings).filteredOn((f) -> f.check().equals("network.ranges"))
			.singleElement()
			.satisfies((f) -> {
				assertThat(f.level()).isEqualTo(FindingLevel.INFO);
				assertThat(f.summary()).contains("172.16.126.1");
			});
		assertThat(findings).filteredOn((f) -> f.check().equals("network.cni-agent"))
			.singleElement()
			.satisfies((f) -> assertThat(f.level()).isEqualTo(FindingLevel.OK));
	}

	@Test
	void whatWasNotCollectedIsUnknownNeverAWarningOrOk() {
		List<Finding> findings = check(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet"));
		assertThat(findings).isNotEmpty().allMatch((f) -> f.level() == FindingLevel.UNKNOWN);
		assertThat(findings).filteredOn((f) -> f.check().equals("network.cni-agent")).hasSize(1);
		assertThat(check(RealWorld.nodesOnly())).noneMatch((f) -> f.level() == FindingLevel.OK);
	}

}
