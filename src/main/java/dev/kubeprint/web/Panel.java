package dev.kubeprint.web;

import java.util.function.Function;

/**
 * A part of a page that refreshes on its own and can be embedded alone.
 *
 * @param id unique across the app; the URL is /clusters/{cluster}/panels/{id}
 * @param template the template holding the fragment
 * @param fragment the fragment's name; it takes the view as its single argument
 * @param analysis what computes the view
 * @param select the part of the analysis this panel shows
 */
public record Panel<V>(String id, String template, String fragment, Analysis<V> analysis, Function<V, ?> select) {

	public static <V> Panel<V> of(String id, String template, Analysis<V> analysis, Function<V, ?> select) {
		return new Panel<>(id, template, id, analysis, select);
	}

}
