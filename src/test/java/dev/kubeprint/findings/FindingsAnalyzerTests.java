package dev.kubeprint.findings;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kubeprint.findings.FindingsView.FindingsPageView;
import dev.kubeprint.findings.FindingsView.Group;
import dev.kubeprint.findings.FindingsView.LevelCount;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.web.PanelFindings;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsAnalyzerTests {

	static Finding f(String check, FindingLevel level, String subject) {
		return Finding.of(check, level, subject, subject + " is " + level.label());
	}

	@Test
	void whatNeedsAPersonComesFirstThenWhatIsFineEachByCheck() {
		FindingsView view = FindingsAnalyzer.analyze(List.of(f("b.ok", FindingLevel.OK, "x"),
				f("a.info", FindingLevel.INFO, "y"), f("z.unknown", FindingLevel.UNKNOWN, "u"),
				f("c.warn", FindingLevel.WARNING, "w2"), f("c.warn", FindingLevel.WARNING, "w1"),
				f("d.crit", FindingLevel.CRITICAL, "k"), f("c.warn", FindingLevel.OK, "fine")));
		assertThat(view.findings()).extracting(Finding::subject)
			.containsExactly("k", "w1", "w2", "u", "y", "x", "fine");
		List<Group> groups = view.page(1).groups();
		assertThat(groups).extracting(Group::check)
			.containsExactly("d.crit", "c.warn", "z.unknown", "a.info", "b.ok", "c.warn");
		assertThat(groups).extracting(Group::attention).containsExactly(true, true, true, false, false, false);
		assertThat(groups.get(1).findings()).hasSize(2);
	}

	@Test
	void everyLevelIsCountedWorstFirstAndZeroIsSaid() {
		FindingsView view = FindingsAnalyzer.analyze(List.of(f("a", FindingLevel.CRITICAL, "1"),
				f("a", FindingLevel.CRITICAL, "2"), f("b", FindingLevel.OK, "3")));
		assertThat(view.counts()).containsExactly(new LevelCount(FindingLevel.CRITICAL, 2),
				new LevelCount(FindingLevel.WARNING, 0), new LevelCount(FindingLevel.UNKNOWN, 0),
				new LevelCount(FindingLevel.INFO, 0), new LevelCount(FindingLevel.OK, 1));
		assertThat(view.needingAttention()).isEqualTo(2);
		assertThat(view.checks()).extracting(FindingsView.CheckCount::check).containsExactly("a", "b");
		assertThat(view.checks().get(0).anchor()).isEqualTo(view.findings().get(0).anchor());
	}

	@Test
	void nothingFoundIsNoFindingAndNoAttention() {
		FindingsView view = FindingsAnalyzer.analyze(List.of());
		assertThat(view.total()).isZero();
		assertThat(view.needingAttention()).isZero();
		assertThat(view.page(1).groups()).isEmpty();
		assertThat(view.page(1).pages()).isEqualTo(1);
	}

	@Test
	void aFindingPerPodIsCutIntoPagesSayingHowManyAreNotShown() {
		List<Finding> many = new ArrayList<>();
		for (int i = 0; i < 150_000; i++) {
			many.add(f("pods.pending", i % 10 == 0 ? FindingLevel.WARNING : FindingLevel.INFO, "pod " + i));
		}
		FindingsView view = FindingsAnalyzer.analyze(many);
		FindingsPageView first = view.page(1);
		assertThat(first.groups().stream().mapToInt((g) -> g.findings().size()).sum()).isEqualTo(FindingsView.PAGE_SIZE);
		assertThat(first.pages()).isEqualTo(1500);
		assertThat(first.notShown()).isEqualTo(150_000 - FindingsView.PAGE_SIZE);
		assertThat(first.groups()).allMatch((g) -> g.worst() == FindingLevel.WARNING);
		assertThat(view.page(99_999).page()).isEqualTo(1500);
		assertThat(view.page(-3).page()).isEqualTo(1);
		assertThat(view.json(2).findings()).hasSize(FindingsView.PAGE_SIZE);
		assertThat(view.json(2).total()).isEqualTo(150_000);
	}

	@Test
	void eachPanelCountsItsFindingsAndLinksToItsWorstOnItsPage() {
		List<Finding> all = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			all.add(f("scale.limit", FindingLevel.OK, String.format("dim %03d", i)).panel("scale", "scale-gauges"));
		}
		all.add(f("storage.pv-released", FindingLevel.WARNING, "pv a").panel("storage", "storage-broken"));
		all.add(f("storage.pvc-lost", FindingLevel.CRITICAL, "pvc b").panel("storage", "storage-broken"));
		all.add(f("storage.unread", FindingLevel.UNKNOWN, "pvc").panel("storage", "storage-broken"));
		all.add(f("nowhere", FindingLevel.CRITICAL, "none"));
		FindingsView view = FindingsAnalyzer.analyze(all);
		PanelFindings panels = PanelBadges.panels(view.findings());
		PanelFindings.Badge storage = panels.byPanel().get("storage-broken");
		assertThat(storage.counts()).containsExactly(new PanelFindings.Count("critical", 1),
				new PanelFindings.Count("warning", 1), new PanelFindings.Count("unknown", 1));
		assertThat(storage.worst().level()).isEqualTo("critical");
		assertThat(storage.anchor()).isEqualTo(all.get(251).anchor());
		assertThat(storage.page()).isEqualTo(1);
		PanelFindings.Badge scale = panels.byPanel().get("scale-gauges");
		assertThat(scale.counts()).containsExactly(new PanelFindings.Count("ok", 250));
		assertThat(panels.byPanel()).hasSize(2);
		// The worst of a panel on a later page is linked on that page.
		List<Finding> late = new ArrayList<>(all.subList(0, 250));
		late.add(f("zz", FindingLevel.INFO, "last").panel("network", "network-cni"));
		PanelFindings.Badge network = PanelBadges.panels(FindingsAnalyzer.analyze(late).findings())
			.byPanel()
			.get("network-cni");
		assertThat(network.page()).isEqualTo(1);
		late.add(f("zz", FindingLevel.OK, "zzz").panel("network", "network-ip-use"));
		assertThat(PanelBadges.panels(FindingsAnalyzer.analyze(late).findings()).byPanel().get("network-ip-use").page())
			.isEqualTo(3);
	}

}
