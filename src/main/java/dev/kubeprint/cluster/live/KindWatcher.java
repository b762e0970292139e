package dev.kubeprint.cluster.live;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.SourceProblem;
import dev.kubeprint.cluster.projection.Interner;
import dev.kubeprint.cluster.projection.Projection;
import dev.kubeprint.cluster.projection.Projections;
import io.kubernetes.client.openapi.Pair;
import okhttp3.Call;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The list+watch loop of one kind on its own thread, as client-go's reflector runs it: list (from the watch
 * cache, paged), watch from the list's version, re-watch from the last version seen, relist only when the
 * server says the version is gone. Every failure is handled here, for this kind alone.
 */
final class KindWatcher<T> implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(KindWatcher.class);

	/** A watch that ends sooner than this without an event is treated as a hiccup and retried with backoff. */
	private static final Duration SHORT_WATCH = Duration.ofSeconds(1);

	private final String cluster;

	private final FactKind<T> kind;

	private final String path;

	private final Requests requests;

	private final KindLister<T> lister;

	private final KindState<T> state;

	private final ProblemLog problems;

	private final Interner interner;

	private final LiveSettings settings;

	private final Clock clock;

	private final Projection<T> projection;

	private final FailurePolicy policy;

	private volatile boolean running = true;

	private Thread thread;

	private String resourceVersion = "";

	private boolean needList = true;

	/** The backoff step, and whether a 401 has the credentials read again before the next request. */
	private FailurePolicy.Retries retries;

	private String verb = "list";

	KindWatcher(String cluster, FactKind<T> kind, ClusterConnection connection, KindState<T> state,
			ProblemLog problems, Interner interner, LiveSettings settings, Clock clock) {
		this.cluster = cluster;
		this.kind = kind;
		this.path = path(kind);
		this.requests = new Requests(connection);
		this.state = state;
		this.problems = problems;
		this.interner = interner;
		this.settings = settings;
		this.clock = clock;
		this.projection = Projections.of(kind);
		this.lister = new KindLister<>(cluster, kind, path, requests, settings, projection, interner,
				problems, clock, state::progress);
		this.policy = FailurePolicy.of(settings);
		this.retries = policy.start();
	}

	/**
	 * Every kind is read cluster-wide. Leases too: kube-node-lease holds the kubelets' heartbeats the checklist and
	 * the NotReady diagnosis read, and a leader election may be moved out of kube-system by flag. Renewals arrive
	 * every 10 s per node but only update the kind's state; facts are still published at most once per publish
	 * interval.
	 */
	static String path(FactKind<?> kind) {
		return kind.collectionPath();
	}

	void start() {
		thread = new Thread(this, "kubeprint-" + cluster + "-" + kind.plural());
		thread.setDaemon(true);
		thread.start();
	}

	/** Stops at once: the open response is cancelled rather than waited out. */
	void close() {
		running = false;
		requests.cancel();
		if (thread != null) {
			thread.interrupt();
		}
	}

	void join(Duration timeout) throws InterruptedException {
		if (thread != null) {
			thread.join(timeout.toMillis());
		}
	}

	@Override
	public void run() {
		while (running) {
			try {
				if (retries.unauthorized()) {
					requests.refreshCredentials();
				}
				if (needList) {
					list();
				}
				watch();
			}
			catch (InterruptedException | InterruptedIOException ex) {
				if (!running) {
					return;
				}
				lostContact(ex);
			}
			catch (ApiFailureException ex) {
				failed(ex.failure());
			}
			catch (IOException ex) {
				lostContact(ex);
			}
			catch (JacksonIOException ex) {
				lostContact(ex.getCause() != null ? ex.getCause() : ex);
			}
			catch (Exception ex) {
				broken(ex);
			}
		}
	}

	private void list() throws Exception {
		verb = "list";
		KindLister.Listed<T> listed = lister.list(() -> running);
		state.replace(listed.items(), clock.instant());
		resourceVersion = listed.resourceVersion();
		needList = false;
		retries = policy.start();
	}

	private void watch() throws Exception {
		verb = "watch";
		long min = settings.watchTimeoutMin().toSeconds();
		long max = Math.max(min, settings.watchTimeoutMax().toSeconds());
		int timeout = (int) ThreadLocalRandom.current().nextLong(min, max + 1);
		List<Pair> query = List.of(new Pair("watch", "1"), new Pair("allowWatchBookmarks", "true"),
				new Pair("resourceVersion", resourceVersion), new Pair("timeoutSeconds", Integer.toString(timeout)));
		Call call = requests.open((clients) -> ClusterConnection.watch(clients, path, query, timeout));
		long started = System.nanoTime();
		WatchEvents<T> events = new WatchEvents<>(kind, state, problems, clock, this::advance);
		try (Response response = call.execute()) {
			if (!response.isSuccessful()) {
				throw new ApiFailureException(StatusReader.failure(response));
			}
			retries = retries.authorized();
			state.confirm(clock.instant());
			Optional<ApiFailure> error;
			try (JsonParser parser = SkimmingParser.over(response.body().byteStream())) {
				error = WatchDecoder.decode(parser, projection, interner, events);
			}
			if (error.isPresent()) {
				throw new ApiFailureException(error.get());
			}
		}
		finally {
			requests.done();
		}
		if (events.count() > 0) {
			retries = policy.start();
		}
		else if (System.nanoTime() - started < SHORT_WATCH.toNanos()) {
			apply(policy.pause(retries, Backoff.randomJitter()));
		}
	}

	private void advance(String version) {
		if (version != null && !version.isEmpty()) {
			resourceVersion = version;
		}
	}

	private void failed(ApiFailure failure) {
		if (failure.code() == 410) {
			log.info("Cluster {}: {} resourceVersion {} expired ({}); relisting", cluster, kind.resourceName(),
					resourceVersion, failure.describe());
		}
		decide(new FailurePolicy.Answered(failure, verb, kind.resourceName()));
	}

	private void lostContact(Throwable ex) {
		if (!running) {
			return;
		}
		decide(new FailurePolicy.Unreachable(ex, requests.server()));
	}

	/** A response that is not JSON, or credentials that could not be obtained: said, and retried. */
	private void broken(Exception ex) {
		if (!running) {
			return;
		}
		String reason = ex instanceof JacksonException json
				? "the API server sent malformed JSON for " + kind.resourceName() + ": " + json.getOriginalMessage()
				: "cannot read " + kind.resourceName() + ": " + KubeconfigLoader.rootMessage(ex);
		problems.add(new SourceProblem(verb + " " + path, reason));
		decide(new FailurePolicy.Broken(reason, "list".equals(verb)));
	}

	private void decide(FailurePolicy.Failure failure) {
		apply(policy.decide(failure, retries, state.syncedAt(), Backoff.randomJitter()));
	}

	private void apply(FailurePolicy.Decision decision) {
		decision.publish().ifPresent(state::refused);
		retries = decision.next();
		needList |= decision.relist();
		if (!decision.retryIn().isZero()) {
			sleep(decision.retryIn());
		}
	}

	private void sleep(Duration duration) {
		try {
			Thread.sleep(Math.max(1, duration.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
