package dev.kubeprint.nodes;

import java.util.List;

import dev.kubeprint.nodes.NodesView.NodeRow;
import dev.kubeprint.web.PanelQuery;

/**
 * One page of the nodes table as the table panel and the JSON twin serve it.
 *
 * @param query the query answered: the page in range, the column actually sorted by
 * @param total every node; {@code matching} those containing the filter
 * @param from the index of the first row shown among the matching ones
 */
public record NodeTablePage(PanelQuery query, int pages, int total, int matching, int pageSize, int from,
		List<NodeRow> rows) implements PanelQuery.Queried {

	public NodeTablePage {
		rows = List.copyOf(rows);
	}

	public int page() {
		return query.page();
	}

	public boolean hasPrevious() {
		return query.page() > 1;
	}

	public boolean hasNext() {
		return query.page() < pages;
	}

	/** The first and last row shown, counted from 1, for "101–200 of 5,000". */
	public int first() {
		return rows.isEmpty() ? 0 : from + 1;
	}

	public int last() {
		return from + rows.size();
	}

	public List<Column> columns() {
		return NodeTable.COLUMNS;
	}

	/** The query of a heading's link: sorted by it (turning around when it already is), from page 1. */
	public String sortedBy(String column) {
		return query.sortedBy(column).encoded();
	}

	public String pageQuery(int number) {
		return query.withPage(number).encoded();
	}

	/** aria-sort of a heading: how the table is sorted by it, or null when it is not. */
	public String ariaSort(String column) {
		return column.equals(query.sort()) ? (query.descending() ? "descending" : "ascending") : null;
	}

	/** @param sorts whether a click on the heading sorts by it */
	public record Column(String key, boolean sorts) {
	}

}
