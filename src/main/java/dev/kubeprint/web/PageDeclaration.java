package dev.kubeprint.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;

/**
 * A page of a cluster, declared once by its feature: where it is, its place in the navigation, its title,
 * the analysis behind it and the panels cut from that analysis. {@link PageController} serves the page and
 * its panels, {@link PageApiController} its JSON twin; adding a page never means writing a controller.
 *
 * @param path the segment below /clusters/{cluster}; "" for the overview
 * @param order position in the navigation from the left
 * @param titleKey the page's name in the message bundles, in the navigation and the window title
 * @param analysis computes the view every panel and the JSON twin are cut from
 * @param fragments the template holding the panels' fragments; templates/{path}/panels.html unless declared
 * @param panels in the order the page shows them
 * @param template the whole page; the shared panels page unless the page needs more around its panels
 * @param jsonPath the segment below /api/clusters/{cluster}
 * @param json what the JSON twin answers
 */
public record PageDeclaration<V>(String path, int order, String titleKey, Analysis<V> analysis, String fragments,
		List<Panel<V>> panels, String template, String jsonPath, Json<V> json) {

	public static final String PANELS_PAGE = "layout/panels-page";

	public PageDeclaration {
		panels = List.copyOf(panels);
	}

	/**
	 * A page with no panels yet, answering its whole view as JSON under its own path. Its analysis is named
	 * after the page, which makes the name unique.
	 */
	public static <V> PageDeclaration<V> of(String path, int order, String titleKey,
			BiFunction<ClusterFacts, Texts, V> analyze) {
		return of(path, order, titleKey, Analysis.of(analysisName(path), analyze));
	}

	/** The same for a page whose analysis reads another analysis' result. */
	public static <I, V> PageDeclaration<V> of(String path, int order, String titleKey, Analysis<I> input,
			Analysis.Analyzer<I, V> analyze) {
		return of(path, order, titleKey, Analysis.of(analysisName(path), input, analyze));
	}

	/** The same for a page whose analysis reads two other analyses' results. */
	public static <A, B, V> PageDeclaration<V> of(String path, int order, String titleKey, Analysis<A> first,
			Analysis<B> second, Analysis.TwoInputAnalyzer<A, B, V> analyze) {
		return of(path, order, titleKey, Analysis.of(analysisName(path), first, second, analyze));
	}

	private static <V> PageDeclaration<V> of(String path, int order, String titleKey, Analysis<V> analysis) {
		return new PageDeclaration<>(path, order, titleKey, analysis, path + "/panels", List.of(), PANELS_PAGE, path,
				new Json<>(false, false, (facts, view, page) -> view));
	}

	private static String analysisName(String path) {
		return "page:" + path;
	}

	/** A panel whose fragment is named like the panel. */
	public PageDeclaration<V> panel(String id, Function<V, ?> select) {
		return panel(id, id, select);
	}

	public PageDeclaration<V> panel(String id, String fragment, Function<V, ?> select) {
		return with(new Panel<V>(id, fragments, fragment, "", (facts, view, page) -> select.apply(view), false));
	}

	/** A panel shown a page at a time, each page refreshing at /clusters/{cluster}/{path}/{part}?page=N. */
	public PageDeclaration<V> pagedPanel(String id, String part, BiFunction<V, Integer, ?> select) {
		return with(new Panel<V>(id, fragments, id, part, (facts, view, page) -> select.apply(view, page), false));
	}

	/**
	 * A paged panel also sorted and filtered on the server, e.g. a table of thousands of rows: page, sort and filter
	 * travel together in the query string of the page, of the part's refresh URL and of the JSON twin.
	 */
	public PageDeclaration<V> queriedPanel(String id, String part, BiFunction<V, PanelQuery, ?> select) {
		return with(new Panel<V>(id, fragments, id, part, Panel.Select.queried(select), false));
	}

	/**
	 * A panel whose content moves between facts versions (time, state a feature keeps): cut on every request from
	 * the latest facts and the page's view, its etag a digest of what it shows then. Its fragment may live in
	 * another feature's template, so that a feature can put a small panel on a page it does not own.
	 */
	public PageDeclaration<V> livePanel(String id, String template, String fragment,
			BiFunction<ClusterFacts, V, ?> select) {
		return with(new Panel<V>(id, template, fragment, "", (facts, view, page) -> select.apply(facts, view), true));
	}

	/**
	 * The same for state that says when it moved: the panel is cut and tagged once per facts version and
	 * {@code revision}, and an unchanged refresh is a lookup.
	 */
	public PageDeclaration<V> livePanel(String id, String template, String fragment, Panel.Revision revision,
			BiFunction<ClusterFacts, V, ?> select) {
		return with(new Panel<V>(id, template, fragment, "", (facts, view, page) -> select.apply(facts, view), true,
				revision));
	}

	/**
	 * The same for a panel that shows only what the facts and a feature's own state say, not the page's view: it is
	 * cut without the page's analysis, and without a findings badge, which is read from the findings' analysis.
	 */
	public PageDeclaration<V> livePanelOfFacts(String id, String template, String fragment, Panel.Revision revision,
			Function<ClusterFacts, ?> select) {
		return with(new Panel<V>(id, template, fragment, "", Panel.Select.ofFacts(select), true, revision));
	}

	/** A JSON twin that, like a live panel, is cut on every request and tagged by what it answers. */
	public PageDeclaration<V> liveJson(BiFunction<ClusterFacts, V, ?> body) {
		return new PageDeclaration<>(path, order, titleKey, analysis, fragments, panels, template, jsonPath,
				new Json<>(false, true, (facts, view, page) -> body.apply(facts, view)));
	}

	/** Where the panels' fragments are, when the feature's templates are not named like the page. */
	public PageDeclaration<V> fragments(String fragments) {
		return new PageDeclaration<>(path, order, titleKey, analysis, fragments, panels, template, jsonPath, json);
	}

	public PageDeclaration<V> template(String template) {
		return new PageDeclaration<>(path, order, titleKey, analysis, fragments, panels, template, jsonPath, json);
	}

	public PageDeclaration<V> jsonPath(String jsonPath) {
		return new PageDeclaration<>(path, order, titleKey, analysis, fragments, panels, template, jsonPath, json);
	}

	/** A JSON twin that answers one page of its view at a time (?page=N). */
	public PageDeclaration<V> pagedJson(BiFunction<V, Integer, ?> body) {
		return new PageDeclaration<>(path, order, titleKey, analysis, fragments, panels, template, jsonPath,
				new Json<>(true, false, (facts, view, page) -> body.apply(view, page)));
	}

	/** A JSON twin answering one page of its view, sorted and filtered (?page=N&sort=…&dir=desc&q=…). */
	public PageDeclaration<V> queriedJson(BiFunction<V, PanelQuery, ?> body) {
		return new PageDeclaration<>(path, order, titleKey, analysis, fragments, panels, template, jsonPath,
				new Json<>(true, false, Panel.Select.queried(body)));
	}

	/** Where the page is below /clusters/{cluster}, for links. */
	public String suffix() {
		return path.isEmpty() ? "" : "/" + path;
	}

	public boolean paged() {
		return json.paged() || panels.stream().anyMatch(Panel::paged);
	}

	private PageDeclaration<V> with(Panel<V> panel) {
		List<Panel<V>> more = new ArrayList<>(panels);
		more.add(panel);
		return new PageDeclaration<>(path, order, titleKey, analysis, fragments, more, template, jsonPath, json);
	}

	/**
	 * @param paged whether the body depends on ?page=N; each page then has an ETag of its own
	 * @param live whether the body moves between facts versions; its ETag is then a digest of the body
	 * @param body the view, or the part of it for a page number
	 */
	public record Json<V>(boolean paged, boolean live, Panel.Select<V> body) {
	}

}
