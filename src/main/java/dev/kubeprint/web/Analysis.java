package dev.kubeprint.web;

import java.util.function.BiFunction;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;

/**
 * A named analyzer call. Its result is computed once per facts version and language, however many panels
 * and viewers read it.
 */
public record Analysis<V>(String name, BiFunction<ClusterFacts, Texts, V> analyze) {
}
