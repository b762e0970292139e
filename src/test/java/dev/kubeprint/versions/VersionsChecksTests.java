package dev.kubeprint.versions;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.testing.TestFacts;
import dev.kubeprint.versions.VersionsView.ChangeRow;
import dev.kubeprint.versions.VersionsView.SkewRow;
import dev.kubeprint.versions.VersionsView.SkewView;
import dev.kubeprint.versions.VersionsView.Status;
import dev.kubeprint.versions.VersionsView.Timing;

import static org.assertj.core.api.Assertions.assertThat;

class VersionsChecksTests {

	static final Texts EN = Texts.of(Locale.ENGLISH);

	static List<Finding> check(ClusterFacts facts) {
		return new VersionsChecks().check(facts, EN, new VersionsAnalyzer(ReferenceCatalog.load()).analyze(facts, EN));
	}

	static SkewView skew(List<SkewRow> offenders, String unavailable, String nodesUnknown) {
		return new SkewView("v1.30.2", "kubelet up to 3 minors older", List.of(), offenders, List.of(), 3, unavailable,
				nodesUnknown, "/version", List.of(), List.of());
	}

	static ChangeRow change(String check, Status status, boolean applies) {
		return new ChangeRow("1.25", "PSP removed", "impact", "migrate to PSA", "", applies, check, status, "found it",
				Timing.PASSED, "passed");
	}

	@Test
	void eachNodeOutsideThePolicyIsAFindingWithTheCommandAndNoOkBeside() {
		VersionsView view = new VersionsView("v1.30.2",
				List.of(change("psp-removed", Status.FAIL, true), change("apparmor-fields", Status.WARN, true),
						change("dra", Status.WARN, false), change("node-swap", Status.OK, true)),
				skew(List.of(new SkewRow("kubelet", "node worker-3", "v1.26.1", 4, Status.FAIL, "4 minors behind")), "", ""),
				"/version");
		List<Finding> findings = new VersionsChecks().check(TestFacts.demo(), EN, view);
		assertThat(findings).filteredOn((f) -> f.check().equals("versions.skew")).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.CRITICAL);
			assertThat(f.subject()).isEqualTo("kubelet node worker-3");
			assertThat(f.summary()).isEqualTo("4 minors behind");
			assertThat(f.command()).isEqualTo("kubectl get nodes -o wide");
			assertThat(f.panel().panel()).isEqualTo("versions-skew");
		});
		assertThat(findings).filteredOn((f) -> f.check().equals("versions.change"))
			.extracting(Finding::level)
			.containsExactly(FindingLevel.CRITICAL, FindingLevel.INFO);
	}

	@Test
	void anUnknownServerVersionIsOneUnknownPerQuestionNotOnePerNode() {
		List<Finding> findings = check(RealWorld.facts("eks-1.22-node-unreachable"));
		assertThat(findings).filteredOn((f) -> f.check().equals("versions.skew")).singleElement()
			.satisfies((f) -> assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN));
		assertThat(findings).filteredOn((f) -> f.check().equals("versions.change")).singleElement()
			.satisfies((f) -> assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN));
		assertThat(check(RealWorld.nodesOnly())).noneMatch((f) -> f.level() == FindingLevel.OK);
	}

	@Test
	void nodesNotReadAreUnknownEvenWhenTheServerVersionIsKnown() {
		VersionsView view = new VersionsView("v1.30.2", List.of(), skew(List.of(), "", "nodes: forbidden"), "/version");
		assertThat(new VersionsChecks().check(TestFacts.demo(), EN, view)).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
			assertThat(f.summary()).isEqualTo("nodes: forbidden");
		});
	}

	@Test
	void aClusterWithinThePolicyIsOkOnItsBasis() {
		assertThat(check(RealWorld.facts("kind-1.21-sonobuoy"))).filteredOn((f) -> f.check().equals("versions.skew"))
			.singleElement()
			.satisfies((f) -> {
				assertThat(f.level()).isEqualTo(FindingLevel.OK);
				assertThat(f.summary()).contains("v1.21.1");
				assertThat(f.evidence()).isNotEmpty();
			});
	}

}
