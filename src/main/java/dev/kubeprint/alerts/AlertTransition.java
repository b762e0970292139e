package dev.kubeprint.alerts;

import java.time.Instant;

/** A rule changing state, at the evaluation that saw it. */
public record AlertTransition(AlertState from, AlertState to, Instant at) {
}
