package dev.kubeprint.problems;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Map;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ProblemReference;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * What every diagnosis of one row of the reference's problem table shares: its row, the reader's language and
 * the facts' "now", so each finding carries the row's id, cause and fix in the same words.
 */
final class Diagnosis {

	final ProblemReference problem;

	final Texts t;

	final ClusterFacts facts;

	Diagnosis(ProblemReference problem, Texts texts, ClusterFacts facts) {
		this.problem = problem;
		this.t = texts;
		this.facts = facts;
	}

	/** The row of problems.yaml: a diagnosis without its row is a broken build, found at startup. */
	static ProblemReference row(ReferenceCatalog reference, String id) {
		return reference.problems()
			.stream()
			.filter((p) -> p.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("problems.yaml has no row " + id));
	}

	Instant now() {
		return facts.observedAt();
	}

	/**
	 * A finding of this problem. A critical or warning one starts with the row's usual cause; an unknown, info or
	 * ok one has none, since the facts do not show the problem's cause at work.
	 */
	Finding finding(FindingLevel level, String subject, String summary) {
		Finding finding = Finding.of(problem.id(), level, subject, summary);
		return (level == FindingLevel.CRITICAL || level == FindingLevel.WARNING)
				? finding.cause(t.pick(problem.cause())) : finding;
	}

	/** Three significant digits, never in exponent form: "10.4", "0.00312", "1230". */
	static String rate(double perSecond) {
		if (perSecond == 0 || !Double.isFinite(perSecond)) {
			return "0";
		}
		return new BigDecimal(perSecond).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}

	/** The problem as the reference names it, with its symptom: "etcd disk full (API responds with 503)". */
	String symptom() {
		return t.get("problems.symptom", t.pick(problem.problem()), t.pick(problem.symptom()));
	}

	/** The reference's resolution followed by the specifics of this finding. */
	String remedy(String specifics) {
		String resolution = t.pick(problem.resolution());
		return specifics.isEmpty() ? resolution : t.get("problems.remedy", resolution, specifics);
	}

	/** A command of the row with its {@code <placeholders>} filled in. */
	String command(String name, Map<String, String> values) {
		String command = problem.command(name);
		for (Map.Entry<String, String> value : values.entrySet()) {
			command = command.replace("<" + value.getKey() + ">", value.getValue());
		}
		return command;
	}

	/** A kind that cannot be read leaves the problem unknown: the finding says why, and where it was looked for. */
	Finding unreadable(FactKind<?> kind, String subject) {
		Availability a = facts.availability(kind);
		String reason = a.reason().isEmpty() ? a.state().name() : a.reason();
		return finding(FindingLevel.UNKNOWN, subject, t.get("problems.kind-unreadable", kind.resourceName(), reason))
			.evidence(new Evidence(t.get("problems.availability", a.state().cssClass(), reason), kind.resourceName(),
					facts.get(kind).syncedAt()))
			.remedy(a.state() == Availability.State.FORBIDDEN
					? t.get("problems.grant", a.verb(), a.resource()) : "");
	}

	static boolean readable(ClusterFacts facts, FactKind<?> kind) {
		return facts.availability(kind).hasData();
	}

	double threshold(String name) {
		return problem.threshold(name);
	}

}
