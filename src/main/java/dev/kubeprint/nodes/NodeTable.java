package dev.kubeprint.nodes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import dev.kubeprint.nodes.NodesView.NodeRow;
import dev.kubeprint.web.PanelQuery;

/**
 * The nodes table a page at a time, filtered and sorted on the server: at 5,000 nodes the page carries 100 rows,
 * not all of them, and a changed node re-sends only the page it is on.
 */
final class NodeTable {

	static final int PAGE_SIZE = 100;

	/** The table's own order (NotReady, then pressured or cordoned, then by name) is its "state" column. */
	static final String DEFAULT_SORT = "state";

	/** Columns in the table's order; agents do not sort. */
	static final List<NodeTablePage.Column> COLUMNS = List.of(new NodeTablePage.Column("name", true), new NodeTablePage.Column("pool", true),
			new NodeTablePage.Column("zone", true), new NodeTablePage.Column("state", true), new NodeTablePage.Column("kubelet", true),
			new NodeTablePage.Column("runtime", true), new NodeTablePage.Column("os", true), new NodeTablePage.Column("agents", false),
			new NodeTablePage.Column("pods", true), new NodeTablePage.Column("cpu", true), new NodeTablePage.Column("memory", true));

	private static final Map<String, Comparator<Indexed>> ORDERS = Map.of("name", text(NodeRow::name), "pool",
			text(NodeRow::pool), "zone", text(NodeRow::zone), "kubelet", text(NodeRow::kubeletVersion), "runtime",
			text((r) -> r.runtime() + " " + r.runtimeVersion()), "os", text(NodeRow::osImage), "pods",
			number(NodeRow::podsPercent), "cpu", number(NodeRow::cpuPercent), "memory",
			number(NodeRow::memoryPercent));

	private NodeTable() {
	}

	/**
	 * Page {@code asked.page()} of the rows containing the filter, in the order asked; a page beyond the last gives
	 * the last, an unknown column the table's own order. Ties keep the table's order, so pages never overlap.
	 */
	static NodeTablePage page(List<NodeRow> rows, PanelQuery asked) {
		String sort = ORDERS.containsKey(asked.sort()) ? asked.sort() : DEFAULT_SORT;
		String words = asked.filter().toLowerCase(Locale.ROOT);
		Comparator<Indexed> order = ORDERS.getOrDefault(sort, Comparator.comparingInt(Indexed::index));
		if (asked.descending()) {
			order = order.reversed();
		}
		List<NodeRow> matching = IntStream.range(0, rows.size())
			.mapToObj((i) -> new Indexed(i, rows.get(i)))
			.filter((r) -> words.isEmpty() || searchText(r.row()).contains(words))
			.sorted(order.thenComparingInt(Indexed::index))
			.map(Indexed::row)
			.toList();
		int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(1, asked.page()), pages);
		int from = (page - 1) * PAGE_SIZE;
		PanelQuery query = new PanelQuery(page, sort, asked.descending(), asked.filter());
		return new NodeTablePage(query, pages, rows.size(), matching.size(), PAGE_SIZE, from,
				matching.subList(from, Math.min(matching.size(), from + PAGE_SIZE)));
	}

	/** What a reader sees in a row and may type to find it; lower case, as the filter is. */
	static String searchText(NodeRow r) {
		StringBuilder text = new StringBuilder().append(r.name())
			.append(' ').append(r.roles()).append(' ').append(r.pool()).append(' ').append(r.zone())
			.append(' ').append(r.health()).append(' ').append(r.reason()).append(' ').append(r.kubeletVersion())
			.append(' ').append(r.runtime()).append(' ').append(r.runtimeVersion()).append(' ').append(r.osImage())
			.append(' ').append(r.kernelVersion());
		r.conditions().forEach((c) -> text.append(' ').append(c.type()).append('=').append(c.status()));
		return text.toString().toLowerCase(Locale.ROOT);
	}

	private static Comparator<Indexed> text(Function<NodeRow, String> key) {
		return Comparator.comparing((Indexed r) -> key.apply(r.row()), String.CASE_INSENSITIVE_ORDER);
	}

	private static Comparator<Indexed> number(java.util.function.ToIntFunction<NodeRow> key) {
		return Comparator.comparingInt((Indexed r) -> key.applyAsInt(r.row()));
	}

	/** A row with its place in the table's own order, the tie-breaker of every sort. */
	private record Indexed(int index, NodeRow row) {
	}

}
