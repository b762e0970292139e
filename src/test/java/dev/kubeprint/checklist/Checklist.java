package dev.kubeprint.checklist;

import java.util.List;
import java.util.Locale;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.ControlPlaneAnalyzer;
import dev.kubeprint.health.Finding;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;

/** Runs the checklist as the app does (over the shared control-plane rows) and picks one check's findings. */
final class Checklist {

	static final ReferenceCatalog REFERENCE = ReferenceCatalog.load();

	static final Texts EN = Texts.of(Locale.ENGLISH);

	private Checklist() {
	}

	static List<Finding> run(ClusterFacts facts) {
		return run(facts, EN);
	}

	static List<Finding> run(ClusterFacts facts, Texts texts) {
		return new ChecklistChecks(REFERENCE.checklist()).check(facts, texts,
				new ControlPlaneAnalyzer(REFERENCE).analyze(facts, texts));
	}

	static List<Finding> of(ClusterFacts facts, String check) {
		return run(facts).stream().filter((f) -> f.check().equals(check)).toList();
	}

	static Finding one(ClusterFacts facts, String check, String subject) {
		return of(facts, check).stream().filter((f) -> f.subject().equals(subject)).findFirst()
			.orElseThrow(() -> new AssertionError("no " + check + " finding for " + subject + " in " + of(facts, check)));
	}

}
