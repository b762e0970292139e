package dev.kubeprint.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kubeprint.architecture.DiagramView.Box;
import dev.kubeprint.architecture.DiagramView.Card;
import dev.kubeprint.architecture.DiagramView.Chip;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.health.Health;
import dev.kubeprint.health.ComponentView;

/** Places the boxes. Pure arithmetic, so the template only draws what it is given. */
final class DiagramLayout {

	static final int WIDTH = 1200;

	private static final int CARD_W = 270;

	private static final int CARD_H = 150;

	private static final int GAP = 16;

	private static final int COLUMNS = 4;

	private static final int WORKERS_TOP = 320;

	private static final int TEXT_LIMIT = 34;

	private DiagramLayout() {
	}

	static DiagramView layout(List<ComponentView> controlPlane, List<ComponentView> workers,
			List<NodeTileView> tiles, List<NodeGroupView> groups, int nodeLimit, Texts t) {
		Map<String, ComponentView> byId = controlPlane.stream()
			.collect(Collectors.toMap(ComponentView::id, Function.identity()));
		List<Box> boxes = new ArrayList<>();
		int i = 0;
		for (String id : List.of("kube-apiserver", "kube-scheduler", "kube-controller-manager",
				"cloud-controller-manager")) {
			ComponentView c = byId.get(id);
			if (c != null) {
				boxes.add(box(c, 40 + i * 285, 78, 265, 84));
			}
			i++;
		}
		ComponentView etcd = byId.get("etcd");
		Box etcdBox = etcd == null ? null : box(etcd, 467, 198, 265, 64);
		Map<String, ComponentView> agents = workers.stream()
			.collect(Collectors.toMap(ComponentView::id, Function.identity()));
		boolean grouped = tiles.size() > nodeLimit;
		List<Card> cards = new ArrayList<>();
		int n = 0;
		if (grouped) {
			for (NodeGroupView g : groups) {
				cards.add(groupCard(g, n++, agents, t));
			}
		}
		else {
			for (NodeTileView tile : tiles) {
				cards.add(nodeCard(tile, n++, agents, t));
			}
		}
		int rows = Math.max(1, (cards.size() + COLUMNS - 1) / COLUMNS);
		int workersHeight = 56 + rows * (CARD_H + GAP);
		return new DiagramView(WIDTH, WORKERS_TOP + workersHeight + 20, WORKERS_TOP, workersHeight, boxes, etcdBox,
				cards, grouped, tiles.size());
	}

	private static Box box(ComponentView c, int x, int y, int w, int h) {
		return new Box(c.id(), c.id(), ":" + c.ports(), x, y, w, h, c.health(), c.summary(),
				c.id() + " — " + c.reason(), "#component-" + c.id());
	}

	private static Card nodeCard(NodeTileView n, int index, Map<String, ComponentView> agents, Texts t) {
		List<Chip> chips = chips(n.health(), n.kubeProxy(), n.health() == Health.DOWN ? Health.UNKNOWN : Health.HEALTHY,
				n.cni(), runtimeLabel(n.runtime()), agents, t);
		String subtitle = join(n.role(), n.pool(), n.zone());
		return card(index, n.name(), subtitle, n.kubeletVersion(), n.health(), n.name() + " — " + n.reason(),
				"#node-group-" + (n.role() + "-" + n.pool()).replaceAll("[^A-Za-z0-9_-]", "_"), chips, n.pods(),
				n.podCapacity(), t);
	}

	private static Card groupCard(NodeGroupView g, int index, Map<String, ComponentView> agents, Texts t) {
		Health kubelet = Health.ofReady(g.ready(), g.total());
		Health proxy = g.kubeProxyReady() == 0 && agents.containsKey("kube-proxy")
				&& agents.get("kube-proxy").health() == Health.NOT_APPLICABLE ? Health.NOT_APPLICABLE
						: Health.ofReady(g.kubeProxyReady(), g.total());
		Health cni = Health.ofReady(g.cniReady(), g.total());
		ComponentView runtime = agents.get("container-runtime");
		List<Chip> chips = chips(kubelet, proxy, runtime == null ? Health.UNKNOWN : runtime.health(), cni,
				t.get("diagram.runtime"), agents, t);
		String title = g.pool().isEmpty() ? g.role() : g.role() + " · " + g.pool();
		String counts = t.get("diagram.group.ready", g.total(), g.ready())
				+ (g.notReady() == 0 ? "" : t.get("diagram.group.not-ready", g.notReady()))
				+ (g.degraded() == 0 ? "" : t.get("diagram.group.degraded", g.degraded()));
		String tooltip = title + " — " + counts + (g.problemNodes().isEmpty() ? ""
				: ": " + g.problemNodes().stream().map((p) -> p.name() + " (" + p.reason() + ")")
					.collect(Collectors.joining("; ")));
		return card(index, title, String.join(", ", g.zones()), counts, g.health(), tooltip,
				"#node-group-" + g.id(), chips, g.pods(), g.podCapacity(), t);
	}

	private static Card card(int index, String title, String subtitle, String counts, Health health,
			String tooltip, String href, List<Chip> chips, long pods, long capacity, Texts t) {
		int col = index % COLUMNS;
		int row = index / COLUMNS;
		int x = 36 + col * (CARD_W + GAP);
		int y = WORKERS_TOP + 48 + row * (CARD_H + GAP);
		int bar = (capacity <= 0 || pods < 0) ? 0 : (int) Math.min(CARD_W - 24, (CARD_W - 24) * pods / capacity);
		return new Card(truncate(title), truncate(subtitle), truncate(counts), x, y, CARD_W, CARD_H, health,
				tooltip, href, chips, bar, t.get("diagram.pods", Units.countOrUnknown(pods), capacity));
	}

	private static List<Chip> chips(Health kubelet, Health proxy, Health runtime, Health cni, String runtimeLabel,
			Map<String, ComponentView> agents, Texts t) {
		return List.of(chip("kubelet", 0, kubelet, agents.get("kubelet")),
				chip("kube-proxy", 1, proxy, agents.get("kube-proxy")),
				chip(runtimeLabel, 2, runtime, agents.get("container-runtime")),
				chip(agents.containsKey("cni-plugin") && !agents.get("cni-plugin").haLive().isEmpty()
						? agents.get("cni-plugin").haLive() : "CNI", 3, cni, agents.get("cni-plugin")));
	}

	private static Chip chip(String label, int index, Health health, ComponentView agent) {
		String ports = agent == null || agent.ports().isEmpty() ? "" : " :" + agent.ports();
		return new Chip(label, 12 + index * 63, 59, health, label + ports + (agent == null ? "" : " — " + agent.reason()));
	}

	private static String runtimeLabel(String runtime) {
		int i = runtime.indexOf("://");
		return i < 0 ? (runtime.isEmpty() ? "runtime" : runtime) : runtime.substring(0, i);
	}

	private static String join(String... parts) {
		return java.util.Arrays.stream(parts).filter((p) -> !p.isEmpty()).collect(Collectors.joining(" · "));
	}

	private static String truncate(String s) {
		return s.length() <= TEXT_LIMIT ? s : s.substring(0, TEXT_LIMIT - 1) + "…";
	}

}
