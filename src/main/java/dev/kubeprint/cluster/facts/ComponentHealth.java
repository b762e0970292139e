package dev.kubeprint.cluster.facts;

import java.time.Instant;

/**
 * What one component instance's /healthz said.
 *
 * @param detail "ok"; the body of a failed check; or why there was no answer, in words
 * @param evidence the request this rests on and where its address came from:
 * "GET https://10.0.0.11:10259/healthz (pod kube-system/kube-scheduler-cp-1)"
 */
public record ComponentHealth(String component, String instance, Status status, String detail, String evidence,
		Instant observedAt) {

	public enum Status {

		/** Answered 200. */
		OK,
		/** Answered, but not healthy: a 5xx, or a 200 whose body is not "ok". */
		FAILED,
		/** Answered 401 or 403: the component is up but would not say how it is. */
		DENIED,
		/** No answer: refused, timed out, TLS failed, or listening where Kubeprint cannot reach. */
		UNREACHABLE

	}

}
