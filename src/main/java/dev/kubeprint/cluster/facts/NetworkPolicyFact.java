package dev.kubeprint.cluster.facts;

/** A NetworkPolicy, by name only: what matters is that it exists and whether the CNI enforces it. */
public record NetworkPolicyFact(String namespace, String name) {
}
