package dev.kubeprint.cluster.facts;

/**
 * A StatefulSet, only as far as its health goes.
 *
 * @param replicas wanted (spec.replicas, 1 when left out)
 * @param ready status.readyReplicas
 */
public record StatefulSetFact(String namespace, String name, int replicas, int ready) {
}
