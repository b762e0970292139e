package dev.kubeprint.cluster.etcd;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/** Failures of calls to etcd said for a person who has to fix them, not as a stack trace. */
final class Problems {

	private Problems() {
	}

	static String describe(String what, Throwable failure, Duration timeout) {
		Throwable cause = unwrap(failure);
		if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException
				|| status(cause) == Status.Code.DEADLINE_EXCEEDED) {
			return what + " did not answer within " + seconds(timeout);
		}
		SSLException tls = tlsFailure(cause);
		if (tls != null) {
			return what + " failed the TLS handshake: " + rootMessage(tls) + "; check caFile, certFile and keyFile";
		}
		if (cause instanceof ConnectException && cause.getMessage() == null) {
			// Java's HttpClient says only ClosedChannelException underneath
			return what + " is unreachable: could not connect";
		}
		if (cause instanceof ConnectException || status(cause) == Status.Code.UNAVAILABLE) {
			return what + " is unreachable: " + rootMessage(cause);
		}
		if (status(cause) == Status.Code.UNAUTHENTICATED || status(cause) == Status.Code.PERMISSION_DENIED) {
			return what + " refused the client credentials: " + rootMessage(cause);
		}
		if (cause instanceof IOException) {
			return what + " could not be read: " + rootMessage(cause);
		}
		return what + " failed: " + rootMessage(cause);
	}

	static String seconds(Duration timeout) {
		long millis = timeout.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
				millis / 1000.0);
	}

	static boolean permissionDenied(Throwable failure) {
		return status(unwrap(failure)) == Status.Code.PERMISSION_DENIED;
	}

	private static SSLException tlsFailure(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth++ < 10; t = t.getCause()) {
			if (t instanceof SSLException ssl) {
				return ssl;
			}
		}
		return null;
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable t = failure;
		while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}

	/** jetcd wraps gRPC failures in its own exception; the gRPC status says what happened. */
	private static Status.Code status(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth++ < 10; t = t.getCause()) {
			if (t instanceof StatusRuntimeException sre) {
				return sre.getStatus().getCode();
			}
		}
		return null;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		int depth = 0;
		while (root.getCause() != null && root.getCause() != root && depth++ < 10) {
			root = root.getCause();
		}
		String message = root.getMessage();
		if (message == null || message.isBlank()) {
			message = root.getClass().getSimpleName();
		}
		return (message.length() > 200) ? message.substring(0, 200) + "…" : message;
	}

}
