package dev.kubeprint.cluster.live;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.net.ssl.SSLException;

import dev.kubeprint.cluster.facts.Availability;

/**
 * What a failed request means for one kind, as client-go's reflector decides it: which availability to
 * publish and how long to wait before the next try. Pure: the backoff state and the random jitter come in,
 * the next state goes out, so every case is a plain unit test.
 *
 * <p>No clock is needed: a STALE kind is stale since it was last in sync, and Retry-After comes in seconds.
 */
final class FailurePolicy {

	private final long initialMillis;

	private final long maxMillis;

	private final Duration slowRetry;

	FailurePolicy(Duration initial, Duration max, Duration slowRetry) {
		this.initialMillis = Math.max(1, initial.toMillis());
		this.maxMillis = Math.max(initialMillis, max.toMillis());
		this.slowRetry = slowRetry;
	}

	static FailurePolicy of(LiveSettings settings) {
		return new FailurePolicy(settings.backoffInitial(), settings.backoffMax(), settings.slowRetry());
	}

	/** What went wrong with a request. */
	sealed interface Failure permits Answered, Unreachable, Broken {
	}

	/** The API server answered, but not with what was asked. */
	record Answered(ApiFailure failure, String verb, String resource) implements Failure {
	}

	/** The API server could not be reached or did not answer in time. */
	record Unreachable(Throwable cause, String server) implements Failure {
	}

	/** The answer could not be read, or no credentials could be obtained; said in {@code reason}. */
	record Broken(String reason, boolean listing) implements Failure {
	}

	/**
	 * Where one kind's retries stand.
	 *
	 * @param stepMillis the backoff step the next failure waits (before jitter)
	 * @param unauthorized the last answer was 401: the credentials are read again before the next request
	 */
	record Retries(long stepMillis, boolean unauthorized) {

		Retries authorized() {
			return new Retries(stepMillis, false);
		}

	}

	/**
	 * @param publish the availability the kind has now; empty when the failure changes nothing visible yet
	 * @param retryIn how long to wait before the next request; zero for at once
	 * @param next the retries after this one
	 * @param relist whether the next request lists again rather than watching on
	 */
	record Decision(Optional<Availability> publish, Duration retryIn, Retries next, boolean relist) {
	}

	/** Fresh retries: after a success, or at the start. */
	Retries start() {
		return new Retries(initialMillis, false);
	}

	/**
	 * @param lastSynced when the kind last matched the cluster; null if it never did
	 * @param jitter uniformly from [-1, 1): spreads the retries of kinds and replicas that failed together
	 */
	Decision decide(Failure failure, Retries retries, Instant lastSynced, double jitter) {
		if (failure instanceof Answered answered) {
			return answered(answered, retries, lastSynced, jitter);
		}
		if (failure instanceof Unreachable unreachable) {
			return backoff(lost("unreachable: " + describe(unreachable.cause(), unreachable.server()), lastSynced),
					retries, jitter, false);
		}
		Broken broken = (Broken) failure;
		return backoff(lost(broken.reason(), lastSynced), retries, jitter, broken.listing());
	}

	private Decision answered(Answered answered, Retries retries, Instant lastSynced, double jitter) {
		ApiFailure failure = answered.failure();
		String resource = answered.resource();
		return switch (failure.code()) {
			// The version is older than the server keeps: only this kind lists again, at once.
			case 410 -> new Decision(Optional.empty(), Duration.ZERO, retries, true);
			// Tokens rotate: the first refusal reads the credentials again and retries at once.
			case 401 -> retries.unauthorized()
					? backoff(Availability.unreachable("unauthorized: " + failure.describe()
							+ " — the credentials of this cluster were refused, also after reading them again"),
							retries, jitter, false)
					: new Decision(Optional.empty(), Duration.ZERO, new Retries(retries.stepMillis(), true), false);
			case 403 -> slowly(Availability.forbidden(answered.verb(), resource, "forbidden: " + answered.verb() + " "
					+ resource + " — grant it in the ClusterRole (" + failure.describe() + ")"), retries);
			case 404 -> slowly(Availability.notApplicable("the API server does not serve " + resource
					+ " (404 Not Found); it is older or this API is disabled"), retries);
			case 429 -> asked(lost("throttled: the API server answered 429 Too Many Requests ("
					+ failure.describe() + ")", lastSynced), failure, retries, jitter);
			default -> asked(lost("the API server answered " + failure.code() + ": " + failure.describe(),
					lastSynced), failure, retries, jitter);
		};
	}

	/** A refusal that will not change soon: asked again rarely, and with a fresh list when it is lifted. */
	private Decision slowly(Availability refusal, Retries retries) {
		return new Decision(Optional.of(refusal), slowRetry, retries, true);
	}

	/** The server's Retry-After wins over the backoff, and leaves the backoff where it was. */
	private Decision asked(Availability availability, ApiFailure failure, Retries retries, double jitter) {
		return failure.retryAfter()
			.map((wait) -> new Decision(Optional.of(availability), wait, retries, false))
			.orElseGet(() -> backoff(availability, retries, jitter, false));
	}

	private Decision backoff(Availability availability, Retries retries, double jitter, boolean relist) {
		Decision pause = pause(retries, jitter);
		return new Decision(Optional.of(availability), pause.retryIn(), pause.next(), relist);
	}

	/** A wait of one backoff step, publishing nothing: after a watch that ended at once without events. */
	Decision pause(Retries retries, double jitter) {
		long base = retries.stepMillis();
		Retries next = new Retries(Math.min(maxMillis, base * 2), retries.unauthorized());
		return new Decision(Optional.empty(), Backoff.jittered(base, maxMillis, jitter), next, false);
	}

	/** What was known stays, stale since it was last current; a kind that never listed says why it has nothing. */
	private static Availability lost(String reason, Instant lastSynced) {
		return lastSynced != null ? Availability.stale(lastSynced, reason) : Availability.unreachable(reason);
	}

	static String describe(Throwable ex, String server) {
		if (ex instanceof ConnectException) {
			return "connection refused to " + server;
		}
		if (ex instanceof UnknownHostException) {
			return "unknown host " + ex.getMessage() + " (server " + server + ")";
		}
		if (ex instanceof ListSilence.Silent) {
			return ex.getMessage() + " (" + server + ")";
		}
		if (ex instanceof SocketTimeoutException || ex instanceof InterruptedIOException) {
			return "timed out talking to " + server;
		}
		if (ex instanceof SSLException) {
			String message = KubeconfigLoader.rootMessage(ex);
			if (message.contains("PKIX") || message.contains("certification path")) {
				return "TLS with " + server + " failed: the server's certificate is not signed by the certificate"
						+ " authority in the kubeconfig (" + message + ")";
			}
			return "TLS with " + server + " failed: " + message;
		}
		return KubeconfigLoader.rootMessage(ex) + " (" + server + ")";
	}

}
