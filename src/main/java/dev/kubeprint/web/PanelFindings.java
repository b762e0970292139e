package dev.kubeprint.web;

import java.util.List;
import java.util.Map;

/**
 * Which panels show the subject of a finding, and how many findings of each level each has: a panel links to
 * its findings with it. Computed by the findings feature once per facts version (the web knows no feature) and
 * read by {@link PanelRenderer} for every panel it renders.
 *
 * @param byPanel by panel id; a panel without findings is absent
 */
public record PanelFindings(Map<String, Badge> byPanel) {

	public static final PanelFindings NONE = new PanelFindings(Map.of());

	public PanelFindings {
		byPanel = Map.copyOf(byPanel);
	}

	/**
	 * What a panel says of its findings: "2 critical · 1 warning — findings".
	 *
	 * @param counts the levels it has findings of, worst first, none with 0
	 * @param page the page of the findings list that holds the first (worst) of them
	 * @param anchor that finding's anchor on the findings page
	 */
	public record Badge(List<Count> counts, int page, String anchor) {

		public Badge {
			counts = List.copyOf(counts);
		}

		/** Its colour: the worst level it counts. */
		public Count worst() {
			return counts.get(0);
		}

	}

	/**
	 * @param level as findings name it in JSON and CSS ("critical", "ok"): the web cannot name the findings'
	 * own type, as the health package already reads features that read the web
	 */
	public record Count(String level, long count) {

		public String cssClass() {
			return "level-" + level;
		}

	}

}
