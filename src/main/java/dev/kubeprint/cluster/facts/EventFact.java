package dev.kubeprint.cluster.facts;

import java.time.Instant;

/**
 * An Event, slim: what happened to which object, how often and when. Only the events worth keeping are kept
 * (see {@link EventBound}), since a busy cluster has tens of thousands.
 *
 * @param name the Event's own name, which identifies it within its namespace
 * @param involvedKind kind of the object the event is about (Pod, Node ...)
 * @param involvedName that object's name; it may no longer exist
 * @param message cut to {@link EventBound#MESSAGE_LENGTH} characters
 * @param count how often it happened (1 when the event does not say)
 * @param first when it first happened, null if the event does not say
 * @param last when it last happened: lastTimestamp, else the series' or the event's time, else its creation
 * @param source the component that reported it (kubelet, node-controller, default-scheduler ...)
 */
public record EventFact(String namespace, String name, String type, String involvedKind, String involvedName,
		String reason, String message, int count, Instant first, Instant last, String source) {

	public boolean warning() {
		return "Warning".equals(type);
	}

}
