package dev.kubeatlas.web;

import java.util.function.BiFunction;

import dev.kubeatlas.cluster.facts.ClusterFacts;
import dev.kubeatlas.i18n.Texts;

/**
 * A named analyzer call. Its result is computed once per facts version and language, however many panels
 * and viewers read it.
 */
public record Analysis<V>(String name, BiFunction<ClusterFacts, Texts, V> analyze) {
}
