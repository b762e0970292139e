package dev.kubeprint.cluster.live;

/** Carries an {@link ApiFailure} out of a request, so that the loop decides what it means for its kind. */
final class ApiFailureException extends RuntimeException {

	private final ApiFailure failure;

	ApiFailureException(ApiFailure failure) {
		super(failure.code() + " " + failure.describe(), null, false, false);
		this.failure = failure;
	}

	ApiFailure failure() {
		return failure;
	}

}
