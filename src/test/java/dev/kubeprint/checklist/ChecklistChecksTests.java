package dev.kubeprint.checklist;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.ControlPlaneAnalyzer;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.reference.ChecklistItemReference;
import dev.kubeprint.reference.ChecklistReference;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole checklist: every item of the yaml answered, each finding with its command and panel. */
class ChecklistChecksTests {

	private static Set<String> checksOfTheYaml(ChecklistReference reference) {
		return Stream.concat(reference.controlPlane().stream(), reference.workerNodes().stream())
			.map(ChecklistItemReference::check)
			.collect(Collectors.toSet());
	}

	@Test
	void everyItemOfTheReferenceIsAnsweredEvenWhenNothingWasCollected() {
		Set<String> checks = checksOfTheYaml(Checklist.REFERENCE.checklist());
		assertThat(checks).hasSize(11).allMatch((c) -> c.startsWith("checklist."));
		for (ClusterFacts facts : List.of(TestFacts.demo(), RealWorld.nodesOnly(),
				RealWorld.facts("eks-1.14-ebs-csi-storage-snippet"))) {
			List<Finding> findings = Checklist.run(facts);
			assertThat(findings).extracting(Finding::check).containsAll(checks);
			assertThat(findings).allSatisfy((f) -> {
				assertThat(checks).contains(f.check());
				assertThat(f.command()).isNotBlank();
				assertThat(f.panel()).isNotNull();
				assertThat(f.summary()).isNotBlank();
			});
		}
	}

	@Test
	void theThresholdsAreTheYamlsNotJavas() {
		ChecklistReference bundled = Checklist.REFERENCE.checklist();
		List<ChecklistItemReference> stricter = bundled.controlPlane().stream()
			.map((i) -> i.check().equals(ControlPlaneChecklistChecks.LATENCY)
					? new ChecklistItemReference(i.command(), i.comment(), i.note(), i.check(), i.runsOn(), i.forSubject(),
							Map.of("warningSeconds", 0.1), i.instead())
					: i)
			.toList();
		ClusterFacts demo = TestFacts.demo();
		var rows = new ControlPlaneAnalyzer(Checklist.REFERENCE).analyze(demo, Checklist.EN);
		long bundledWarnings = warnings(new ChecklistChecks(bundled).check(demo, Checklist.EN, rows));
		long stricterWarnings = warnings(new ChecklistChecks(new ChecklistReference(stricter, bundled.workerNodes()))
			.check(demo, Checklist.EN, rows));
		assertThat(bundledWarnings).isEqualTo(1);
		assertThat(stricterWarnings).isEqualTo(6);
	}

	private static long warnings(List<Finding> findings) {
		return findings.stream()
			.filter((f) -> f.check().equals(ControlPlaneChecklistChecks.LATENCY) && f.level() == FindingLevel.WARNING)
			.count();
	}

}
