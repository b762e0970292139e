package dev.kubeprint.cluster.live;

import dev.kubeprint.cluster.projection.ProjectionException;
import tools.jackson.core.exc.InputCoercionException;

/** Tells an object the API should not have sent, which is skipped, from a broken response, which is retried. */
final class Malformed {

	private Malformed() {
	}

	static boolean isObjectLevel(RuntimeException ex) {
		return ex instanceof ProjectionException || ex instanceof InputCoercionException
				|| ex instanceof ArithmeticException || ex instanceof NumberFormatException;
	}

	static String describe(RuntimeException ex) {
		if (ex instanceof ProjectionException) {
			return ex.getMessage();
		}
		if (ex instanceof InputCoercionException coercion) {
			return coercion.getOriginalMessage();
		}
		return "a value is out of range (" + ex.getMessage() + ")";
	}

}
