package dev.kubeprint.cluster.projection;

import tools.jackson.core.JsonParser;

/**
 * Turns one API object into its fact record while the object streams past. Called with the parser on the
 * object's START_OBJECT; returns with it on the matching END_OBJECT.
 */
@FunctionalInterface
public interface Projection<T> {

	T project(JsonParser parser, Interner interner);

}
