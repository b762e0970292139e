package dev.kubeprint.workloads;

import dev.kubeprint.cluster.facts.PodFact;

/**
 * One state per pod, from what the pod itself proves; in the order the page counts them. Terminating wins over
 * the phase because a pod on an unreachable node keeps saying Running after it was evicted.
 */
public enum PodState {

	RUNNING_READY, RUNNING_NOT_READY, PENDING, TERMINATING, CRASH_LOOPING, FAILED, SUCCEEDED, UNKNOWN;

	/** The waiting reason the kubelet gives a container it keeps restarting. */
	static final String CRASH_LOOP = "CrashLoopBackOff";

	static PodState of(PodFact pod) {
		if (pod.terminating()) {
			return TERMINATING;
		}
		if (CRASH_LOOP.equals(pod.reason())) {
			return CRASH_LOOPING;
		}
		return switch (pod.phase()) {
			case "Running" -> pod.ready() ? RUNNING_READY : RUNNING_NOT_READY;
			case "Pending" -> PENDING;
			case "Failed" -> FAILED;
			case "Succeeded" -> SUCCEEDED;
			default -> UNKNOWN;
		};
	}

	/** Worst first, for the list of pods that need a look. */
	int urgency() {
		return switch (this) {
			case CRASH_LOOPING -> 0;
			case RUNNING_NOT_READY -> 1;
			case FAILED -> 2;
			case PENDING -> 3;
			case TERMINATING -> 4;
			case UNKNOWN -> 5;
			case RUNNING_READY, SUCCEEDED -> 9;
		};
	}

	boolean fine() {
		return this == RUNNING_READY || this == SUCCEEDED;
	}

	/** The message key of the state's name and of its basis. */
	String key() {
		return name().toLowerCase().replace('_', '-');
	}

}
