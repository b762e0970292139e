package dev.kubeprint.scale;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.scale.ScaleView.Dimension;
import dev.kubeprint.scale.ScaleView.Level;
import dev.kubeprint.scale.ScaleView.Offender;
import dev.kubeprint.testing.RealWorld;
import dev.kubeprint.testing.TestFacts;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleChecksTests {

	static final Texts EN = Texts.of(Locale.ENGLISH);

	static Dimension dim(String name, long value, Level level, String unavailable, List<Offender> offenders) {
		return new Dimension(name, name, value, value < 0 ? "—" : String.valueOf(value), 110, "110", 250, "250",
				level, "kubelet overload", "https://example.org/thresholds.md", unavailable, ScaleView.Gauge.of(0, 110, 250),
				offenders, List.of(), List.of());
	}

	@Test
	void overTheRecommendationWarnsOverTheLimitIsCriticalBelowIsOkAndEachUnknownReasonOnce() {
		ScaleView view = new ScaleView(List.of(dim("Pods per node", 180, Level.AMBER, "",
				List.of(new Offender("worker-3", 180, "180", Level.AMBER))), dim("Services", 300, Level.RED, "", List.of()),
				dim("Nodes", 3, Level.GREEN, "", List.of()), dim("Secret size", -1, Level.UNKNOWN, "secrets: forbidden", List.of()),
				dim("ConfigMap size", -1, Level.UNKNOWN, "configmaps: not in this snapshot", List.of()),
				dim("Namespaces", -1, Level.UNKNOWN, "configmaps: not in this snapshot", List.of())), List.of(), "");
		List<Finding> findings = new ScaleChecks().check(TestFacts.demo(), EN, view);
		assertThat(findings).extracting(Finding::subject, Finding::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Pods per node", FindingLevel.WARNING),
					org.assertj.core.groups.Tuple.tuple("Services", FindingLevel.CRITICAL),
					org.assertj.core.groups.Tuple.tuple("Nodes", FindingLevel.OK),
					org.assertj.core.groups.Tuple.tuple("Secret size", FindingLevel.UNKNOWN),
					org.assertj.core.groups.Tuple.tuple("ConfigMap size, Namespaces", FindingLevel.UNKNOWN));
		Finding pods = findings.get(0);
		assertThat(pods.summary()).contains("180").contains("110").contains("250");
		assertThat(pods.evidence()).extracting((e) -> e.fact()).contains("worker-3: 180");
		assertThat(pods.cause()).isEqualTo("kubelet overload");
		assertThat(pods.link()).isEqualTo("https://example.org/thresholds.md");
		assertThat(pods.panel().panel()).isEqualTo("scale-gauges");
		assertThat(findings.get(2).cause()).isEmpty();
	}

	@Test
	void aRealDumpGivesNoAlarmAndSaysWhatItCouldNotMeasure() {
		var facts = RealWorld.facts("aks-1.16-kubenet");
		List<Finding> findings = new ScaleChecks().check(facts, EN,
				new ScaleAnalyzer(dev.kubeprint.reference.ReferenceCatalog.load()).analyze(facts, EN));
		assertThat(findings).noneMatch((f) -> f.level() == FindingLevel.WARNING || f.level() == FindingLevel.CRITICAL);
		assertThat(findings).anyMatch((f) -> f.level() == FindingLevel.UNKNOWN && f.subject().contains("Secret size"));
	}

}
