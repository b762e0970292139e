package dev.kubeprint.cluster.etcd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import io.grpc.ClientInterceptor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.EtcdAlarmFact;
import dev.kubeprint.cluster.facts.EtcdEndpointFact;
import dev.kubeprint.cluster.facts.EtcdFacts;
import dev.kubeprint.cluster.facts.EtcdMemberFact;
import dev.kubeprint.cluster.facts.EtcdMetricsFact;
import dev.kubeprint.config.EtcdProperties;

/**
 * Polls one etcd cluster through jetcd and publishes {@link EtcdFacts}. Every endpoint is asked on its own and
 * in parallel, every call has a deadline, and the poll waits for no task longer than its deadline: a dead or
 * frozen member makes its row unreachable, it never holds up the poll beyond those deadlines. Only read-only
 * calls are made: status, member list, alarm list, a read of one key, and HTTP GETs of /metrics and /health.
 */
public final class EtcdSource implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EtcdSource.class);

	// Beyond a task's own deadline, for the thread hand-over; small against a timeout of seconds.
	private static final Duration GRACE = Duration.ofMillis(500);

	private final EtcdProperties properties;

	private final Clock clock;

	private final Consumer<EtcdFacts> listener;

	private final ExecutorService workers;

	private final ScheduledExecutorService scheduler;

	private final EtcdMetricsScraper scraper;

	private final ClientInterceptor observer;

	private final Map<String, EtcdEndpointClient> clients = new LinkedHashMap<>();

	private volatile EtcdFacts current;

	private boolean started;

	private boolean closed;

	/**
	 * @param listener told of every new poll on the polling thread; it must return quickly
	 */
	public EtcdSource(EtcdProperties properties, Clock clock, Consumer<EtcdFacts> listener) {
		this(properties, clock, listener, null);
	}

	public EtcdSource(EtcdProperties properties, Clock clock) {
		this(properties, clock, (facts) -> {
		});
	}

	/** With an observer of every gRPC call, so a test can record them and prove they are all read-only. */
	EtcdSource(EtcdProperties properties, Clock clock, Consumer<EtcdFacts> listener, ClientInterceptor observer) {
		if (properties.endpoints().isEmpty()) {
			throw new IllegalArgumentException("etcd needs at least one endpoint, configured or discovered");
		}
		this.properties = properties;
		this.observer = observer;
		this.clock = clock;
		this.listener = listener;
		// one thread per endpoint and per metrics URL, and one for the alarm list
		int tasks = properties.endpoints().size() + properties.metricsUrls().size() + 1;
		this.workers = Executors.newFixedThreadPool(tasks, daemon("etcd-call-"));
		this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("etcd-poll-"));
		this.scraper = new EtcdMetricsScraper(properties.callTimeout());
		this.current = EtcdFacts.loading(clock.instant());
	}

	/** Polls now and then every {@code pollInterval} after the previous poll ended, until closed. */
	public synchronized void start() {
		if (closed || started) {
			throw new IllegalStateException(closed ? "etcd source is closed" : "etcd source already started");
		}
		started = true;
		scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, properties.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** The facts of the last finished poll; "loading" before the first. */
	public EtcdFacts current() {
		return current;
	}

	/**
	 * Polls once on the caller's thread and publishes the result. It returns within about two call timeouts:
	 * one for all endpoints in parallel, one for the alarm list (or for the metrics, whichever is longer).
	 */
	public synchronized EtcdFacts poll() {
		if (closed) {
			throw new IllegalStateException("etcd source is closed");
		}
		Instant observedAt = clock.instant();
		long started = System.nanoTime();
		Duration timeout = properties.callTimeout();
		List<Future<EtcdEndpointClient.Answer>> asks = new ArrayList<>();
		for (String endpoint : properties.endpoints()) {
			asks.add(workers.submit(() -> ask(endpoint)));
		}
		List<Future<EtcdMetricsFact>> scrapes = new ArrayList<>();
		for (String url : properties.metricsUrls()) {
			scrapes.add(workers.submit(() -> scraper.scrape(url)));
		}
		long askDeadline = started + timeout.plus(GRACE).toNanos();
		List<EtcdEndpointClient.Answer> answers = new ArrayList<>();
		for (int i = 0; i < asks.size(); i++) {
			String endpoint = properties.endpoints().get(i);
			answers.add(await(asks.get(i), askDeadline, (problem) -> new EtcdEndpointClient.Answer(
					new EtcdEndpointFact(endpoint, null, "etcd at " + endpoint + problem, false, ""), null)));
		}
		EtcdEndpointClient.Alarms alarms = alarms(answers);
		// A scrape is two requests (/metrics, then /health), each with its own timeout.
		long scrapeDeadline = started + timeout.multipliedBy(2).plus(GRACE).toNanos();
		List<EtcdMetricsFact> metrics = new ArrayList<>();
		for (int i = 0; i < scrapes.size(); i++) {
			String url = properties.metricsUrls().get(i);
			metrics.add(await(scrapes.get(i), scrapeDeadline,
					(problem) -> EtcdMetricsFact.failed(url, "etcd metrics at " + url + problem)));
		}
		EtcdFacts facts = merge(answers, alarms, metrics, observedAt);
		current = facts;
		listener.accept(facts);
		return facts;
	}

	/** Of the first member that served a read through raft: without one, the alarm list cannot be had either. */
	private EtcdEndpointClient.Alarms alarms(List<EtcdEndpointClient.Answer> answers) {
		String healthy = answers.stream()
			.map(EtcdEndpointClient.Answer::endpoint)
			.filter(EtcdEndpointFact::healthy)
			.map(EtcdEndpointFact::endpoint)
			.findFirst()
			.orElse(null);
		if (healthy == null) {
			return new EtcdEndpointClient.Alarms(null, "no member could serve a read through raft");
		}
		Future<EtcdEndpointClient.Alarms> task = workers.submit(() -> client(healthy).alarms());
		long deadline = System.nanoTime() + properties.callTimeout().plus(GRACE).toNanos();
		return await(task, deadline, (problem) -> new EtcdEndpointClient.Alarms(null,
				"the alarm list from " + healthy + problem));
	}

	private EtcdEndpointClient.Answer ask(String endpoint) {
		EtcdEndpointClient client;
		try {
			client = client(endpoint);
		}
		catch (RuntimeException ex) {
			return new EtcdEndpointClient.Answer(new EtcdEndpointFact(endpoint, null,
					"etcd at " + endpoint + " cannot be asked: " + ex.getMessage(), false, ""), null);
		}
		return client.ask();
	}

	private EtcdEndpointClient client(String endpoint) {
		synchronized (clients) {
			return clients.computeIfAbsent(endpoint, (e) -> new EtcdEndpointClient(e, properties, observer));
		}
	}

	private <T> T await(Future<T> task, long deadline, Function<String, T> onTimeout) {
		try {
			return task.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			task.cancel(true);
			return onTimeout.apply(" did not answer within " + Problems.seconds(properties.callTimeout()));
		}
		catch (InterruptedException ex) {
			task.cancel(true);
			Thread.currentThread().interrupt();
			return onTimeout.apply(" was not asked: the poll was interrupted");
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return onTimeout.apply(" failed: " + ex.getCause());
		}
	}

	private static EtcdFacts merge(List<EtcdEndpointClient.Answer> answers, EtcdEndpointClient.Alarms alarms,
			List<EtcdMetricsFact> metrics, Instant observedAt) {
		List<EtcdMemberFact> members = answers.stream()
			.map(EtcdEndpointClient.Answer::members)
			.filter((m) -> m != null)
			.findFirst()
			.orElse(List.of());
		List<EtcdEndpointFact> endpoints = answers.stream().map(EtcdEndpointClient.Answer::endpoint).toList();
		List<String> problems = endpoints.stream().map(EtcdEndpointFact::problem).toList();
		Availability availability = endpoints.stream().anyMatch(EtcdEndpointFact::answered) ? Availability.ok()
				: Availability.unreachable(String.join("; ", problems));
		List<EtcdAlarmFact> raised = (alarms.alarms() != null) ? alarms.alarms() : List.of();
		return new EtcdFacts(members, endpoints, raised, alarms.problem(), metrics, observedAt, availability);
	}

	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			// A scheduled task that throws is never run again; the next poll must still happen.
			logger.warn("etcd poll failed", ex);
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			closed = true;
		}
		scheduler.shutdownNow();
		workers.shutdownNow();
		synchronized (clients) {
			clients.values().forEach(EtcdEndpointClient::close);
			clients.clear();
		}
	}

	private static ThreadFactory daemon(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
