package dev.kubeprint.versions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.findings.ReadAt;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.versions.VersionsView.ChangeRow;
import dev.kubeprint.versions.VersionsView.SkewRow;
import dev.kubeprint.versions.VersionsView.SkewView;
import dev.kubeprint.versions.VersionsView.Status;

/**
 * The versions page's verdicts as findings: each component or node outside the skew policy, each add-on behind,
 * and each change of the reference that applies to this version and bites here. What the page could not check
 * is one unknown per reason, not one per node.
 */
final class VersionsChecks {

	static final String PAGE = "versions";

	List<Finding> check(ClusterFacts facts, Texts t, VersionsView view) {
		Instant at = ReadAt.of(facts);
		List<Finding> findings = new ArrayList<>(skew(view.skew(), t, at));
		for (VersionsView.AddOnRow a : view.skew().addOns()) {
			FindingLevel level = level(a.status());
			if (level != null && level != FindingLevel.OK) {
				findings.add(Finding.of("versions.add-on", level, a.name() + " " + a.where(), a.verdict())
					.evidence(new Evidence(a.image(), a.where(), at))
					.panel(PAGE, "versions-skew"));
			}
		}
		findings.addAll(changes(view, t, at));
		return findings;
	}

	private static List<Finding> skew(SkewView skew, Texts t, Instant at) {
		List<Finding> findings = new ArrayList<>();
		if (!skew.unavailable().isEmpty()) {
			findings.add(unknown("versions.skew", t.get("versions.finding.skew.subject"), skew.unavailable(),
					skew.versionBasis(), at));
			return findings;
		}
		List<SkewRow> outside = new ArrayList<>();
		skew.components().stream().filter((r) -> bad(r.status())).forEach(outside::add);
		outside.addAll(skew.offenders());
		for (SkewRow r : outside) {
			FindingLevel level = level(r.status());
			if (level == null) {
				continue;
			}
			findings.add(Finding.of("versions.skew", level, r.component() + " " + r.where(), r.verdict())
				.evidence(new Evidence(t.get("versions.finding.skew.fact", r.component(), r.version(), skew.apiServer()),
						r.where(), at))
				.cause(skew.rule())
				.remedy(t.get("versions.finding.skew.remedy"))
				.command("kubectl get nodes -o wide")
				.link("https://kubernetes.io/releases/version-skew-policy/")
				.panel(PAGE, "versions-skew"));
		}
		if (!skew.nodesUnknown().isEmpty()) {
			findings.add(unknown("versions.skew", t.get("versions.finding.kubelets.subject"), skew.nodesUnknown(),
					skew.versionBasis(), at));
		}
		else if (outside.isEmpty()) {
			findings.add(Finding.of("versions.skew", FindingLevel.OK, t.get("versions.finding.skew.subject"),
					t.get("versions.finding.skew.ok", skew.apiServer()))
				.evidence(new Evidence(skew.rule(), skew.versionBasis(), at))
				.panel(PAGE, "versions-skew"));
		}
		return findings;
	}

	private static List<Finding> changes(VersionsView view, Texts t, Instant at) {
		List<Finding> findings = new ArrayList<>();
		if (view.serverVersion().isEmpty()) {
			findings.add(unknown("versions.change", t.get("versions.finding.changes.subject"), view.versionBasis(),
					view.versionBasis(), at).panel(PAGE, "versions-changes"));
			return findings;
		}
		for (ChangeRow c : view.changes()) {
			FindingLevel level = changeLevel(c);
			if (!c.applies() || level == null) {
				continue;
			}
			findings.add(Finding.of("versions.change", level, c.version() + ": " + c.change(), c.finding())
				.evidence(new Evidence(c.finding(), t.get("versions.finding.change.source", c.check()), at))
				.cause(c.impact())
				.remedy(c.migration())
				.panel(PAGE, "versions-changes"));
		}
		return findings;
	}

	private static Finding unknown(String check, String subject, String why, String basis, Instant at) {
		return Finding.of(check, FindingLevel.UNKNOWN, subject, why)
			.evidence(new Evidence(why, basis, at))
			.panel(PAGE, "versions-skew");
	}

	private static boolean bad(Status status) {
		return status == Status.WARN || status == Status.FAIL;
	}

	/**
	 * The page's verdict on a change, as a level; rows that are fine or for information say nothing. The
	 * AppArmor annotations still work on every release that has the fields, so moving them is a migration to
	 * plan, information rather than a warning.
	 */
	static FindingLevel changeLevel(ChangeRow c) {
		if (c.status() == Status.WARN && "apparmor-fields".equals(c.check())) {
			return FindingLevel.INFO;
		}
		return switch (c.status()) {
			case WARN, FAIL, UNKNOWN -> level(c.status());
			default -> null;
		};
	}

	/** A verdict of the page as a level; "not applicable" is no finding. */
	static FindingLevel level(Status status) {
		return switch (status) {
			case OK -> FindingLevel.OK;
			case INFO -> FindingLevel.INFO;
			case NOT_APPLICABLE -> null;
			case UNKNOWN -> FindingLevel.UNKNOWN;
			case WARN -> FindingLevel.WARNING;
			case FAIL -> FindingLevel.CRITICAL;
		};
	}

}
