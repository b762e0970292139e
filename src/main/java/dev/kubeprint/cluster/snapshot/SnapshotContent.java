package dev.kubeprint.cluster.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.ProbeFacts;
import dev.kubeprint.cluster.facts.ServerVersion;
import dev.kubeprint.cluster.facts.SourceProblem;

/**
 * What a snapshot holds once read.
 *
 * @param objects the facts of each kind found
 * @param present the kinds the snapshot covers, including those with an empty list; every other kind was not
 * collected, which says nothing about whether the cluster has any
 * @param capturedAt when it was taken, as far as its objects tell: the newest timestamp any of them holds (event
 * times, condition heartbeats and transitions, lease renewals, managedFields, creation). Empty when none holds
 * one; never a file's modification time, which says when the file was copied.
 * @param probes the API server's and etcd's answers captured in the snapshot, marked as captured
 */
public record SnapshotContent(Map<FactKind<?>, List<Object>> objects, Set<FactKind<?>> present,
		Optional<ServerVersion> serverVersion, List<SourceProblem> problems, Optional<Instant> capturedAt,
		ProbeFacts probes) {
}
