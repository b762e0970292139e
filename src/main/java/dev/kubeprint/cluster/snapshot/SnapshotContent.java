package dev.kubeprint.cluster.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.ServerVersion;
import dev.kubeprint.cluster.facts.SourceProblem;

/**
 * What a snapshot holds once read.
 *
 * @param objects the facts of each kind found
 * @param present the kinds the snapshot covers, including those with an empty list
 * @param capturedAt best estimate of when it was taken: the newest node heartbeat or lease renewal, else
 * the newest file
 */
public record SnapshotContent(Map<FactKind<?>, List<Object>> objects, Set<FactKind<?>> present,
		Optional<ServerVersion> serverVersion, List<SourceProblem> problems, Instant capturedAt) {
}
