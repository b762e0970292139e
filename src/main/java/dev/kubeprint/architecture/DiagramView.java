package dev.kubeprint.architecture;

import java.util.List;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Units;

/**
 * The reference's architecture drawing as geometry: control-plane boxes around etcd, and below them one card
 * per node, or per node group when there are many. Coordinates are in SVG user units.
 */
public record DiagramView(int width, int height, int workersTop, int workersHeight, List<Box> controlPlane,
		Box etcd, List<Card> cards, boolean grouped, int nodeCount) {

	public DiagramView {
		controlPlane = List.copyOf(controlPlane);
		cards = List.copyOf(cards);
	}

	/** A component box. {@code tooltip} carries the reason; {@code href} the details. */
	public record Box(String id, String label, String ports, int x, int y, int w, int h, Health health,
			String summary, String tooltip, String href) {

		public int centerX() {
			return x + w / 2;
		}

		public int bottom() {
			return y + h;
		}

	}

	/** A node or node group with its agents as chips and pods as a fill level. */
	public record Card(String title, String subtitle, String counts, int x, int y, int w, int h, Health health,
			String tooltip, String href, List<Chip> chips, int podsBarWidth, String podsText) {

		public Card {
			chips = List.copyOf(chips);
		}

	}

	/** A node agent: kubelet :10250, kube-proxy :10249, the runtime, the CNI agent. */
	public record Chip(String label, int x, int w, Health health, String tooltip) {

		/** A chip holds nine characters of the drawing's font. */
		public String shortLabel() {
			return Units.fit(label, 9);
		}

	}

}
