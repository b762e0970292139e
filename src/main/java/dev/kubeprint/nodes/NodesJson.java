package dev.kubeprint.nodes;

import java.util.List;

import dev.kubeprint.health.Health;
import dev.kubeprint.web.PanelQuery;

/**
 * What the nodes page's JSON twin answers: the summary, each group's counts with the nodes that are not healthy,
 * and one page of rows for the query asked (?page=N&sort=…&dir=desc&q=…), as the page shows them. {@code rows} and
 * {@code grid.groups} keep the names they had when the twin answered every node at once.
 */
record NodesJson(NodesView.Summary summary, NodesView.KubeProxyView kubeProxy, NodesView.KubeletView kubelet,
		Grid grid, List<NodesView.NodeRow> rows, Page page) {

	static NodesJson of(NodesView view, PanelQuery query) {
		List<Group> groups = view.grid()
			.groups()
			.stream()
			.map((g) -> new Group(g.id(), g.pool(), g.zone(), g.total(), g.notReady(), g.degraded(),
					g.marked().stream().map((t) -> new Marked(t.name(), t.health())).toList()))
			.toList();
		NodeTablePage table = NodeTable.page(view.rows(), query);
		PanelQuery answered = table.query();
		return new NodesJson(view.summary(), view.kubeProxy(), view.kubelet(), new Grid(view.grid().nodes(), groups),
				table.rows(), new Page(answered.page(), table.pages(), table.pageSize(), table.total(), table.matching(),
						answered.sort(), answered.descending(), answered.filter()));
	}

	record Grid(int nodes, List<Group> groups) {
	}

	/** @param notHealthy every node of the group that is not healthy, by name */
	record Group(String id, String pool, String zone, int total, int notReady, int degraded, List<Marked> notHealthy) {
	}

	record Marked(String name, Health health) {
	}

	/**
	 * The page answered and the query it answers: a page beyond the last is the last, an unknown column the table's
	 * own order ("state").
	 */
	record Page(int page, int pages, int pageSize, int total, int matching, String sort, boolean descending,
			String filter) {
	}

}
