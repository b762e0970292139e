package dev.kubeprint.web;

import java.util.function.BiFunction;

/**
 * A part of a page that refreshes on its own and can be embedded alone.
 *
 * @param id unique across the app; the URL is /clusters/{cluster}/panels/{id}
 * @param template the template holding the fragment
 * @param fragment the fragment's name; it takes the selected view as its single argument
 * @param part empty for a panel shown whole. A panel shown a page at a time names the URL segment below its
 * page that serves one page of it (/clusters/{cluster}/storage/chains?page=N): the generic panel URL knows no
 * page and would put a reader of page 3 back on page 1 at the next refresh. Its view says which page it is
 * by a {@code page} accessor, as the number asked for may lie beyond the last page.
 * @param select the part of the page's view this panel shows, for a page number (1 when not paged)
 */
public record Panel<V>(String id, String template, String fragment, String part, BiFunction<V, Integer, ?> select) {

	public boolean paged() {
		return !part.isEmpty();
	}

}
