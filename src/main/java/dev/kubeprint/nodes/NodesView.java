package dev.kubeprint.nodes;

import java.time.Instant;
import java.util.List;

import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.health.NodeHealth.ConditionVerdict;

/**
 * The nodes page: counts, how kube-proxy runs, a grid of every node and the table behind it.
 *
 * @param rows NotReady first, then pressured or cordoned nodes, then the rest by name
 */
public record NodesView(Summary summary, KubeProxyView kubeProxy, KubeletView kubelet, GridView grid,
		List<NodeRow> rows) {

	public NodesView {
		rows = List.copyOf(rows);
	}

	/**
	 * @param dockerNodes nodes on docker whose own kubelet is 1.24 or newer (so only cri-dockerd can serve it) and
	 * which are not Ready; docker before 1.24 (dockershim) and on a Ready 1.24+ node (cri-dockerd) is no problem
	 */
	public record Summary(int nodes, int ready, int notReady, int pressured, int cordoned, long pods,
			long podCapacity, int dockerNodes, String availability, boolean podsKnown) {

		/** Pods on the nodes against what they allow; the count is unknown, not 0, when pods were not read. */
		public String podsShown() {
			return (podsKnown ? String.valueOf(pods) : Units.UNKNOWN) + "/" + podCapacity;
		}

	}

	/**
	 * @param mode iptables, ipvs, nftables or "cilium"; empty when unknown
	 * @param text the mode for a reader, e.g. "ipvs" or "replaced by Cilium"
	 * @param source where it was read, for a reader
	 */
	public record KubeProxyView(String mode, String text, String source, String detail) {
	}

	/**
	 * What kubeadm's kubelet ConfigMap sets, or why it is unknown.
	 *
	 * @param state READ, NOT_COLLECTED, NONE or UNREADABLE ({@link KubeletConfig.State})
	 * @param configMap the ConfigMap read, e.g. kube-system/kubelet-config-1.21; "" when none was
	 * @param text the two settings for a reader, or "unknown"
	 * @param source the basis: the ConfigMap, or why nothing was read
	 */
	public record KubeletView(String state, String configMap, String cgroupDriver, List<String> clusterDns,
			String text, String source) {

		public KubeletView {
			clusterDns = List.copyOf(clusterDns);
		}

	}

	/** Tiles of 10 × 10 units drawn in an SVG per group; a wall screen scales it to fit. */
	public record GridView(int nodes, List<GridGroup> groups) {

		public GridView {
			groups = List.copyOf(groups);
		}

		public java.util.Optional<GridGroup> group(String id) {
			return groups.stream().filter((g) -> g.id().equals(id)).findFirst();
		}

	}

	/**
	 * The grid panel: its groups refresh on their own (each at /clusters/{cluster}/panels/nodes-grid/groups/{id} with its own
	 * {@link GridGroup#tag()}), so the panel's text, which its etag is a digest of, names only what the panel
	 * itself decides: how many nodes and which groups. One node changing re-sends its group, not the grid.
	 */
	public record GridFrame(GridView grid) {

		@Override
		public String toString() {
			return "GridFrame[nodes=" + grid.nodes() + ", groups="
					+ grid.groups().stream().map(GridGroup::id).toList() + "]";
		}

	}

	/**
	 * Nodes of one pool in one zone, drawn compactly: healthy tiles as one patterned area and one path of pod fills,
	 * their names as data in tile order; every node that is not healthy as a tile of its own, a link with its name
	 * and state, so that none is hidden in the pattern.
	 *
	 * @param id unique among the groups, URL-safe
	 * @param width the SVG's width in tile units
	 * @param height the SVG's height in tile units
	 * @param marked every tile whose node is not healthy
	 * @param fills SVG path data of the healthy tiles' pod fills, drawn as 8-unit-wide strokes from each tile's bottom
	 * @param names every node's name in tile order, separated by spaces (node names are DNS subdomains)
	 * @param tag a digest of all of the above: the group's etag
	 */
	public record GridGroup(String id, String pool, String zone, int total, int notReady, int degraded, int width,
			int height, List<GridTile> marked, String fills, String names, String tag) {

		public GridGroup {
			marked = List.copyOf(marked);
		}

		/** Height of the rows every column of which holds a tile. */
		public int fullRowsHeight() {
			return total / NodesAnalyzer.GRID_COLUMNS * NodesAnalyzer.TILE;
		}

		/** Width of the last, partly filled row; 0 when there is none. */
		public int lastRowWidth() {
			return total % NodesAnalyzer.GRID_COLUMNS * NodesAnalyzer.TILE;
		}

		public int columns() {
			return NodesAnalyzer.GRID_COLUMNS;
		}

		public int tile() {
			return NodesAnalyzer.TILE;
		}

	}

	/**
	 * @param fill the height of the pod fill, 0–8: pods on the node over allocatable pods
	 * @param tooltip the node's name, state and pod count, shown on hover
	 */
	public record GridTile(String name, int x, int y, int fill, Health health, String tooltip) {

		/** The fill is drawn from the bottom of the tile up. */
		public int fillY() {
			return y + 9 - fill;
		}

	}

	/**
	 * One node with everything the table shows.
	 *
	 * @param conditions Ready, then every other condition but a known bad type that is False, each with its verdict
	 * @param runtimeWarning non-empty when the runtime needs attention: docker from a 1.24+ kubelet on a node that
	 * is not Ready
	 * @param runtimeNote what the runtime means here when that is no problem, e.g. docker through cri-dockerd
	 * @param kubeProxy health of the kube-proxy pod on the node; NOT_APPLICABLE when none runs there
	 * @param cni health of the CNI agent pod on the node
	 */
	public record NodeRow(String name, String roles, String pool, String zone, Health health, String reason,
			List<ConditionRow> conditions, String kubeletVersion, String runtime, String runtimeVersion,
			String runtimeWarning, String osImage, String kernelVersion, Health kubeProxy, Health cni, long pods,
			long podCapacity, long cpuRequestedMillis, long cpuAllocatableMillis, long memoryRequestedBytes,
			long memoryAllocatableBytes, String runtimeNote, boolean podsKnown) {

		public NodeRow {
			conditions = List.copyOf(conditions);
		}

		/** Pods, CPU and memory requests come from the pods: unknown, not 0, when pods were not read. */
		public String podsShown() {
			return (podsKnown ? String.valueOf(pods) : Units.UNKNOWN) + "/" + podCapacity;
		}

		public String percentShown(int percent) {
			return podsKnown ? percent + "%" : Units.UNKNOWN;
		}

		public int podsPercent() {
			return percent(pods, podCapacity);
		}

		public int cpuPercent() {
			return percent(cpuRequestedMillis, cpuAllocatableMillis);
		}

		public int memoryPercent() {
			return percent(memoryRequestedBytes, memoryAllocatableBytes);
		}

		/** Whole cores with one decimal, as kubectl describe node reads. */
		public String cpuText() {
			return (podsKnown ? String.format(java.util.Locale.ROOT, "%.1f", cpuRequestedMillis / 1000.0) : Units.UNKNOWN)
					+ String.format(java.util.Locale.ROOT, " / %.1f", cpuAllocatableMillis / 1000.0);
		}

		public String memoryText() {
			return (podsKnown ? String.format(java.util.Locale.ROOT, "%.1f", memoryRequestedBytes / GIB) : Units.UNKNOWN)
					+ String.format(java.util.Locale.ROOT, " / %.1f GiB", memoryAllocatableBytes / GIB);
		}

		private static final double GIB = 1024.0 * 1024 * 1024;

		private static int percent(long used, long total) {
			return total <= 0 ? 0 : (int) Math.min(999, Math.round(100.0 * used / total));
		}

	}

	/**
	 * A condition with since when it holds, e.g. DiskPressure=True since 06:12.
	 *
	 * @param bad the reference knows the type and this status is its bad one
	 * @param verdict NOT_JUDGED for a type the reference does not know (shown, not judged)
	 * @param verdictText the verdict and the type's meaning, in words
	 */
	public record ConditionRow(String type, String status, String reason, Instant since, boolean bad,
			String message, ConditionVerdict verdict, String verdictText) {
	}

}
