package dev.kubeprint.web;

import dev.kubeprint.cluster.facts.ClusterFacts;

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
 * @param select the part of the page's view this panel shows, for the facts it came from and a page number (1 when
 * not paged)
 * @param live the content also moves with time or state kept outside the facts (an alert goes from pending to
 * firing while the facts stay the same), so it is cut and tagged on every request instead of once per facts
 * version
 * @param revision for a live panel, what moves its content between facts versions, as a number that changes
 * whenever what the panel shows may have changed; null when nothing says so, and the panel is then cut and tagged on
 * every request
 */
public record Panel<V>(String id, String template, String fragment, String part, Select<V> select, boolean live,
		Revision revision) {

	/** A panel that changes only with the facts, or a live one that says nothing of when it changes. */
	public Panel(String id, String template, String fragment, String part, Select<V> select, boolean live) {
		this(id, template, fragment, part, select, live, null);
	}

	public boolean paged() {
		return !part.isEmpty();
	}

	/** What a panel or a JSON twin shows, cut from its page's view. */
	@FunctionalInterface
	public interface Select<V> {

		Object apply(ClusterFacts facts, V view, int page);

		/** What a panel sorted and filtered on the server shows for a query; others read only its page. */
		default Object apply(ClusterFacts facts, V view, PanelQuery query) {
			return apply(facts, view, query.page());
		}

		/**
		 * Whether it reads the page's view. One that does not is cut without waiting for the page's analysis, which
		 * at 150,000 pods takes seconds: a live panel cut once per revision held up every reader of its page.
		 */
		default boolean readsView() {
			return true;
		}

		/** A select that reads only the facts (and what a feature keeps beside them), never the page's view. */
		static <V> Select<V> ofFacts(java.util.function.Function<ClusterFacts, ?> select) {
			return new Select<>() {

				@Override
				public Object apply(ClusterFacts facts, V view, int page) {
					return select.apply(facts);
				}

				@Override
				public boolean readsView() {
					return false;
				}

			};
		}

		/** A select that reads the whole query: sort and filter as well as the page. */
		static <V> Select<V> queried(java.util.function.BiFunction<V, PanelQuery, ?> select) {
			return new Select<>() {

				@Override
				public Object apply(ClusterFacts facts, V view, int page) {
					return select.apply(view, PanelQuery.page(page));
				}

				@Override
				public Object apply(ClusterFacts facts, V view, PanelQuery query) {
					return select.apply(view, query);
				}

			};
		}

	}

	/**
	 * How far the state behind a live panel has moved for a cluster: equal numbers for the same facts version mean
	 * the panel shows the same, so an unchanged refresh is answered without cutting it. Read on every refresh, so it
	 * must cost no more than a lookup.
	 */
	@FunctionalInterface
	public interface Revision {

		long of(ClusterFacts facts);

	}

}
