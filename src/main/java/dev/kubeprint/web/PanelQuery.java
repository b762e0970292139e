package dev.kubeprint.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What a reader asked of a panel shown a page at a time: the page, and for a table sorted and filtered on the
 * server, the column and the text. The three travel together in one query string (?page=2&sort=pods&dir=desc&q=gpu),
 * so a page of a sorted, filtered table is bookmarkable and its refresh keeps all three.
 *
 * @param page from 1; a number beyond the last page is the view's to bring back in range
 * @param sort a column's name as the panel declares it, or "" for the panel's own order
 * @param descending whether the column sorts from the largest
 * @param filter text every shown row contains, or ""
 */
public record PanelQuery(int page, String sort, boolean descending, String filter) {

	/** Longer filters match no node name anyway; the cap keeps what a URL asks of the server small. */
	public static final int MAX_FILTER = 200;

	private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9-]{0,31}");

	public static final PanelQuery FIRST = new PanelQuery(1, "", false, "");

	public PanelQuery {
		sort = sort == null || !COLUMN.matcher(sort).matches() ? "" : sort;
		filter = filter == null ? "" : filter.strip();
		filter = filter.length() > MAX_FILTER ? filter.substring(0, MAX_FILTER) : filter;
	}

	public static PanelQuery page(int page) {
		return new PanelQuery(page, "", false, "");
	}

	/**
	 * From request parameters, each optional. A column that is not a column's name is ignored rather than refused:
	 * the panel knows its columns, the URL only carries one.
	 */
	static PanelQuery of(String page, String sort, String dir, String filter) {
		return of(Pages.pageNumber(page), sort, dir, filter);
	}

	static PanelQuery of(int page, String sort, String dir, String filter) {
		return new PanelQuery(page, sort, "desc".equals(dir), filter);
	}

	public PanelQuery withPage(int number) {
		return new PanelQuery(number, sort, descending, filter);
	}

	/** Sorted by {@code column}, from page 1; the column already sorted turns around. */
	public PanelQuery sortedBy(String column) {
		return new PanelQuery(1, column, column.equals(sort) && !descending, filter);
	}

	/** The query string, form-encoded as servlets decode it ('+' as %2B), with only what differs from the defaults but the page. */
	public String encoded() {
		StringBuilder query = new StringBuilder("page=").append(page);
		if (!sort.isEmpty()) {
			query.append("&sort=").append(sort);
		}
		if (descending) {
			query.append("&dir=desc");
		}
		if (!filter.isEmpty()) {
			query.append("&q=").append(URLEncoder.encode(filter, StandardCharsets.UTF_8));
		}
		return query.toString();
	}

	/** A view cut for a query says which, so that its refresh URL and links keep it. */
	public interface Queried {

		PanelQuery query();

	}

}
