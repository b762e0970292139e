package dev.kubeprint.cluster.live;

import java.time.Duration;
import java.util.Optional;

/**
 * The API server answered, but not with what was asked: a non-2xx status or a watch ERROR event. Carries the
 * server's own words, since "forbidden: User system:serviceaccount:... cannot list ..." tells an operator
 * exactly what to grant.
 *
 * @param code HTTP status or the Status object's code
 * @param message the Status message, or the status line when the body was not a Status
 * @param retryAfter with 429 and 503, how long the server asked to wait
 */
record ApiFailure(int code, String message, Optional<Duration> retryAfter) {

	String describe() {
		return message.isBlank() ? "HTTP " + code : message;
	}

}
