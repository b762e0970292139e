package dev.kubeprint.cluster.facts;

/** A Secret, by size only: its contents never leave the source. */
public record SecretFact(String namespace, String name, String type, long sizeBytes, int keys) {
}
