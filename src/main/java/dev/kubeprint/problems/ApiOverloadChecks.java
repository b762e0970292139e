package dev.kubeprint.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ApiServerFacts;
import dev.kubeprint.cluster.facts.ApiServerMetrics;
import dev.kubeprint.cluster.facts.ApiServerMetrics.Interval;
import dev.kubeprint.cluster.facts.ApiServerMetrics.RequestRate;
import dev.kubeprint.cluster.facts.ApiServerMetrics.VerbLatency;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.controlplane.ApiServerFlags;
import dev.kubeprint.health.Evidence;
import dev.kubeprint.health.Finding;
import dev.kubeprint.health.FindingLevel;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.reference.ProblemReference;
import dev.kubeprint.reference.ReferenceCatalog;

/**
 * The reference's "API server overloaded": requests in flight against the server's limits, and what the
 * requests met over the last interval (429s, p99 per verb) with the busiest requests named. Two findings, since
 * the limits may be unknown (a managed control plane hides its flags) while the requests are not.
 */
public final class ApiOverloadChecks {

	static final String ID = "apiserver-overload";

	static final String PAGE = "control-plane";

	static final String PANEL = "cp-apiserver";

	/** Each request kind with the flag that limits it, read-only first as the server lists them. */
	private static final List<Map.Entry<String, String>> FLAGS = List.of(Map.entry("readOnly", "max-requests-inflight"),
			Map.entry("mutating", "max-mutating-requests-inflight"));

	private final ProblemReference problem;

	public ApiOverloadChecks(ReferenceCatalog reference) {
		this.problem = Diagnosis.row(reference, ID);
	}

	public List<Finding> check(ClusterFacts facts, Texts texts) {
		Diagnosis d = new Diagnosis(problem, texts, facts);
		String inflightSubject = texts.get("problems.api.subject.inflight");
		String requestsSubject = texts.get("problems.api.subject.requests");
		Optional<ApiServerFacts> api = facts.probes().apiServer();
		String why = api.isEmpty() ? facts.probes().apiServerAbsent()
				: (api.get().metrics() == null) ? api.get().metricsAvailability().reason() : null;
		if (why != null) {
			return List.of(unknown(d, inflightSubject, why, problem.diagnose()),
					unknown(d, requestsSubject, why, problem.command("requests")));
		}
		ApiServerMetrics metrics = api.get().metrics();
		return List.of(inflight(d, inflightSubject, metrics), requests(d, requestsSubject, metrics));
	}

	private static Finding unknown(Diagnosis d, String subject, String why, String command) {
		return d.finding(FindingLevel.UNKNOWN, subject, d.t.get("problems.api.no-metrics", why))
			.command(command)
			.panel(PAGE, PANEL);
	}

	private Finding inflight(Diagnosis d, String subject, ApiServerMetrics metrics) {
		List<Evidence> current = new ArrayList<>();
		metrics.inflight()
			.forEach((kind, n) -> current.add(new Evidence(d.t.get("problems.api.inflight-now", kind, n),
					"apiserver_current_inflight_requests", d.now())));
		if (current.isEmpty()) {
			return unknown(d, subject, d.t.get("problems.api.no-inflight"), problem.diagnose());
		}
		ApiServerFlags flags = Diagnosis.readable(d.facts, FactKind.PODS) ? ApiServerFlags.from(d.facts.pods())
				: ApiServerFlags.none();
		if (!flags.visible()) {
			return d.finding(FindingLevel.UNKNOWN, subject, d.t.get("problems.api.limits-unknown"))
				.evidence(current)
				.command(problem.diagnose())
				.panel(PAGE, PANEL);
		}
		FindingLevel level = FindingLevel.OK;
		String worst = "";
		List<Evidence> limits = new ArrayList<>();
		double highest = -1;
		for (Map.Entry<String, String> kind : FLAGS) {
			Long now = metrics.inflight().get(kind.getKey());
			String value = flags.flags().get(kind.getValue());
			long limit = (value != null && value.strip().matches("\\d{1,9}")) ? Long.parseLong(value.strip())
					: (long) d.threshold(kind.getKey().equals("readOnly") ? "defaultMaxRequestsInflight"
							: "defaultMaxMutatingRequestsInflight");
			String source = (value != null) ? "--" + kind.getValue() + "=" + value.strip() + " (pod " + flags.podName() + ")"
					: d.t.get("problems.api.limit-default", kind.getValue(), flags.podName());
			limits.add(new Evidence(d.t.get("problems.api.limit", kind.getKey(), limit), source, null));
			if (now == null || limit <= 0) {
				continue;
			}
			double share = (double) now / limit;
			if (share > highest) {
				highest = share;
				worst = d.t.get("problems.api.inflight-share", kind.getKey(), now, limit, Units.percent(share * 100));
			}
		}
		if (highest >= 1) {
			level = FindingLevel.CRITICAL;
		}
		else if (highest >= d.threshold("inflightWarning")) {
			level = FindingLevel.WARNING;
		}
		Finding finding = d.finding(level, subject, level == FindingLevel.OK
				? d.t.get("problems.api.inflight-ok", Units.percent(Math.max(highest, 0) * 100)) : worst)
			.evidence(current)
			.evidence(limits)
			.command(problem.diagnose())
			.panel(PAGE, PANEL);
		return level == FindingLevel.OK ? finding : finding.remedy(d.remedy(d.t.get("problems.api.raise",
				flags.podName())));
	}

	private Finding requests(Diagnosis d, String subject, ApiServerMetrics metrics) {
		String command = problem.command("requests");
		Interval interval = metrics.interval();
		if (interval == null) {
			return d.finding(FindingLevel.UNKNOWN, subject, d.t.get("problems.api.no-interval", metrics.gap()))
				.command(command)
				.panel(PAGE, PANEL);
		}
		List<Evidence> evidence = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		String source = d.t.get("problems.api.interval", Units.count(interval.length().toSeconds()));
		double throttledShare = (interval.requestsPerSecond() > 0)
				? interval.throttledPerSecond() / interval.requestsPerSecond() : 0;
		evidence.add(new Evidence(d.t.get("problems.api.429", Diagnosis.rate(interval.throttledPerSecond()),
				Units.percent(throttledShare * 100), Diagnosis.rate(interval.requestsPerSecond())),
				source, interval.to()));
		if (interval.throttledPerSecond() > 0 && throttledShare >= d.threshold("throttledShareWarning")) {
			problems.add(d.t.get("problems.api.throttled", Units.percent(throttledShare * 100)));
		}
		double slowSeconds = d.threshold("p99WarningSeconds");
		for (VerbLatency verb : interval.latency().values()) {
			String p99 = (verb.aboveHighestBucket() ? "> " : "") + Units.duration(verb.p99Seconds());
			evidence.add(new Evidence(d.t.get("problems.api.p99", verb.verb(), p99, Units.count(Math.round(verb.requests()))),
					source, interval.to()));
			if (verb.p99Seconds() > slowSeconds || (verb.aboveHighestBucket() && verb.p99Seconds() >= slowSeconds)) {
				problems.add(d.t.get("problems.api.slow", verb.verb(), p99, Units.duration(slowSeconds)));
			}
		}
		List<String> top = new ArrayList<>();
		for (RequestRate r : metrics.topRequests()) {
			top.add(d.t.get("problems.api.top-one", r.verb(), r.resource(), Diagnosis.rate(r.perSecond())));
		}
		if (!top.isEmpty()) {
			evidence.add(new Evidence(d.t.get("problems.api.top", String.join(", ", top)), "apiserver_request_total",
					interval.to()));
		}
		if (problems.isEmpty()) {
			return d.finding(FindingLevel.OK, subject, d.t.get("problems.api.requests-ok", Units.duration(slowSeconds)))
				.evidence(evidence)
				.command(command)
				.panel(PAGE, PANEL);
		}
		String cause = top.isEmpty() ? d.t.pick(problem.cause())
				: d.t.get("problems.api.cause-top", d.t.pick(problem.cause()), String.join(", ", top));
		return d.finding(FindingLevel.WARNING, subject, String.join("; ", problems))
			.evidence(evidence)
			.cause(cause)
			.remedy(d.remedy(d.t.pick(problem.advice("requests").remedy())))
			.command(command)
			.panel(PAGE, PANEL);
	}

}
