package dev.kubeprint.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.SmartLifecycle;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.LatestFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.AlertRuleReference;

/**
 * The alert rules of every cluster, evaluated in process as Prometheus would: on each new facts version, and on a
 * tick, since time alone moves a pending alert to firing. A reader (a page, a scrape) steps the cluster to its
 * latest facts and the present first, so it never sees a state older than the facts it shows. Memory is bounded:
 * clusters × rules, each with at most {@link AlertStateMachine#HISTORY} transitions.
 */
public class AlertMonitor implements SmartLifecycle {

	static final String METRIC = "kubeprint.alert.state";

	private static final Logger log = LoggerFactory.getLogger(AlertMonitor.class);

	private final LatestFacts clusters;

	private final List<AlertRuleReference> rules;

	private final AlertRulesAnalyzer analyzer;

	private final Map<String, AlertStateMachine> machines = new LinkedHashMap<>();

	private final Texts english;

	private final Clock clock;

	private final Duration tick;

	private final Map<String, AlertStates> states = new ConcurrentHashMap<>();

	/** Per cluster, how many times what a page shows of the states has changed: see {@link #revision}. */
	private final Map<String, AtomicLong> revisions = new ConcurrentHashMap<>();

	private ScheduledExecutorService scheduler;

	/** @param tick how often the rules are evaluated without new facts: the probe interval, at most a second */
	public AlertMonitor(LatestFacts clusters, List<AlertRuleReference> rules, MessageSource messages, Clock clock,
			Duration tick) {
		this.clusters = clusters;
		this.rules = List.copyOf(rules);
		this.analyzer = new AlertRulesAnalyzer(rules);
		rules.forEach((r) -> machines.put(r.alert(), new AlertStateMachine(r.forLength())));
		// Samples kept between evaluations are for the gauges and logs; pages take theirs in the reader's language.
		this.english = new Texts(messages, Locale.ENGLISH);
		this.clock = clock;
		this.tick = tick.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : tick;
	}

	public List<AlertRuleReference> rules() {
		return rules;
	}

	public AlertStateMachine machine(String alert) {
		return machines.get(alert);
	}

	/** The states of a cluster, stepped to these facts (when newer than the last seen) and to the present. */
	public AlertStates current(ClusterFacts facts) {
		String cluster = facts.cluster().name();
		AlertStates seen = states.get(cluster);
		// New facts' samples are read before taking the lock: at 150,000 pods that takes a while, and readers of the
		// states would wait on it.
		List<AlertSample> fresh = seen == null || seen.evaluatedAt() == null || facts.version() > seen.version()
				? analyzer.analyze(facts, english) : null;
		return states.compute(cluster, (name, known) -> {
			AlertStates previous = known == null ? AlertStates.none(rules) : known;
			boolean newer = fresh != null && (facts.version() > previous.version() || previous.evaluatedAt() == null);
			List<AlertSample> samples = newer ? fresh : previous.samples();
			long version = newer ? facts.version() : previous.version();
			AlertStates next = previous.next(version, samples, clock.instant(), machines);
			logChanges(cluster, previous, next);
			if (shownDifferently(previous, next)) {
				revisions.computeIfAbsent(cluster, (c) -> new AtomicLong()).incrementAndGet();
			}
			return next;
		});
	}

	/**
	 * The states as last evaluated; stepped to these facts and the present only when the rules' tick is ten ticks late
	 * (a machine too busy to run it), or has not run yet. What pages show, as Prometheus shows its last evaluation: the
	 * tick steps every cluster to its newest facts once per tick. Stepping in a reader's request evaluated 150,000
	 * pods' samples under the states' lock at every new facts version, and every reader of a page with an alert panel
	 * waited for it.
	 */
	public AlertStates recent(ClusterFacts facts) {
		AlertStates known = states.get(facts.cluster().name());
		if (known != null && known.evaluatedAt() != null
				&& !known.evaluatedAt().plus(tick.multipliedBy(10)).isBefore(clock.instant())) {
			return known;
		}
		return current(facts);
	}

	/**
	 * A number that changes whenever what the alert panels show of a cluster may have changed, for the states
	 * {@link #recent} gives: pages answer an unchanged refresh by comparing it, without cutting the panel again. The
	 * evaluation time alone changes nothing shown.
	 */
	public long revision(ClusterFacts facts) {
		recent(facts);
		AtomicLong revision = revisions.get(facts.cluster().name());
		return revision == null ? 0 : revision.get();
	}

	private static boolean shownDifferently(AlertStates previous, AlertStates next) {
		return previous.version() != next.version() || !previous.rules().equals(next.rules())
				|| !previous.samples().equals(next.samples());
	}

	/** The latest states without stepping: what the gauges export between ticks. */
	AlertStates latest(String cluster) {
		return states.getOrDefault(cluster, AlertStates.none(rules));
	}

	/** One evaluation of every cluster; a failing cluster must not stop the others or the ticks. */
	void evaluateAll() {
		for (ClusterFacts facts : clusters.all()) {
			try {
				current(facts);
			}
			catch (RuntimeException ex) {
				log.warn("Alert rules of cluster {} could not be evaluated: {}", facts.cluster().name(), ex.toString());
			}
		}
	}

	/** {@code kubeprint_alert_state{cluster,alertname,state}}: 1 for the rule's state, 0 for the others. */
	public void register(MeterRegistry registry) {
		for (String cluster : clusters.all().stream().map((f) -> f.cluster().name()).toList()) {
			for (AlertRuleReference rule : rules) {
				for (AlertState state : AlertState.values()) {
					Gauge.builder(METRIC, () -> latest(cluster).state(rule.alert()) == state ? 1 : 0)
						.description("State of the reference's alert rule, evaluated in process: 1 for the current state")
						.tags("cluster", cluster, "alertname", rule.alert(), "state", state.label())
						.register(registry);
				}
			}
		}
	}

	private static void logChanges(String cluster, AlertStates previous, AlertStates next) {
		next.rules().forEach((alert, rule) -> {
			if (rule.state() != previous.state(alert) && rule.state() != AlertState.INACTIVE) {
				log.info("Alert {} of cluster {} is {}", alert, cluster, rule.state().label());
			}
		});
	}

	@Override
	public synchronized void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor((r) -> {
			Thread t = new Thread(r, "alert-rules");
			t.setDaemon(true);
			return t;
		});
		scheduler.scheduleWithFixedDelay(this::evaluateAll, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.shutdownNow();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

}
