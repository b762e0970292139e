package dev.kubeprint.storage;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.StorageBackends;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

class StorageChecksTests {

	static final Texts EN = Texts.of(Locale.ENGLISH);

	static StorageView analyze(ClusterFacts facts) {
		return new StorageAnalyzer(StorageBackends.load()).analyze(facts, EN);
	}

	@Test
	void everyBrokenLinkOfTheDemoIsAFindingWithItsChainCommandAndPanel() {
		ClusterFacts facts = TestFacts.demo();
		StorageView view = analyze(facts);
		List<Finding> findings = new StorageChecks().check(facts, EN, view);
		long broken = view.broken().stream().filter((b) -> b.health() != Health.NOT_APPLICABLE).count();
		assertThat(broken).isPositive();
		assertThat(findings).filteredOn((f) -> !f.check().equals("storage.unread")).hasSize((int) broken);
		StorageView.BrokenLinkView first = view.broken().get(0);
		assertThat(findings).anySatisfy((f) -> {
			assertThat(f.check()).isEqualTo("storage." + first.kind());
			assertThat(f.subject()).isEqualTo(first.object());
			assertThat(f.command()).isEqualTo(first.command());
			assertThat(f.panel().panel()).isEqualTo("storage-broken");
			assertThat(f.evidence()).singleElement().satisfies((e) -> assertThat(e.source()).contains(first.object()));
		});
		assertThat(findings).noneMatch((f) -> f.level() == FindingLevel.OK);
	}

	@Test
	void aClassTheSnippetLacksIsUnknownAndEachUnreadKindOnce() {
		ClusterFacts facts = RealWorld.facts("eks-1.14-ebs-csi-storage-snippet");
		List<Finding> findings = new StorageChecks().check(facts, EN, analyze(facts));
		assertThat(findings).anySatisfy((f) -> {
			assertThat(f.subject()).contains("ebs-sc");
			assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN);
		});
		List<Finding> unread = findings.stream().filter((f) -> f.check().equals("storage.unread")).toList();
		assertThat(unread).isNotEmpty().allMatch((f) -> f.level() == FindingLevel.UNKNOWN);
		assertThat(unread).extracting(Finding::subject).doesNotHaveDuplicates()
			.anyMatch((s) -> s.startsWith("storageclasses"));
		assertThat(findings).noneMatch((f) -> f.level() == FindingLevel.OK);
	}

	@Test
	void noBrokenLinkIsOkOnlyWhenEverythingWasRead() {
		StorageView.SummaryView summary = new StorageView.SummaryView(4, 4, 0, 4, 0, Health.HEALTHY, List.of(),
				List.of(), true, "", "");
		StorageView read = new StorageView(List.of(), summary, List.of(), List.of(), "");
		assertThat(new StorageChecks().check(TestFacts.demo(), EN, read)).singleElement().satisfies((f) -> {
			assertThat(f.level()).isEqualTo(FindingLevel.OK);
			assertThat(f.summary()).contains("4 claims");
		});
		StorageView unread = new StorageView(List.of("csinodes.storage.k8s.io: forbidden"), summary, List.of(),
				List.of(), "");
		assertThat(new StorageChecks().check(TestFacts.demo(), EN, unread)).singleElement()
			.satisfies((f) -> assertThat(f.level()).isEqualTo(FindingLevel.UNKNOWN));
	}

}
