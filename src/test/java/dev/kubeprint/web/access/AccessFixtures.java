package dev.kubeprint.web.access;

import java.util.HexFormat;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Two demo clusters under other names, one for group sre and one for group noc, and the tokens the tests present.
 * Only hashes go into the configuration, as in production.
 */
final class AccessFixtures {

	static final String SECRET_CLUSTER = "zeta-prod";

	static final String OTHER_CLUSTER = "lab";

	/** What only a page of the demo cluster shows: a node, a GPU node, a claim and a storage class. */
	static final String[] DATA = { "general-7", "gpu-3", "data-redis-0", "alicloud-disk-essd" };

	static final String LAB_TOKEN = "lab-wall-token-0123456789";

	static final String EXPIRED_TOKEN = "old-wall-token-0123456789";

	static final String PROD_TOKEN = "prod-nodes-token-0123456789";

	/** Opens one panel of the secret cluster, as a portal's embed would. */
	static final String PANEL_TOKEN = "prod-panel-token-0123456789";

	static final String GRID_TOKEN = "prod-grid-token-0123456789";

	static final String METRICS_TOKEN = "metrics-token-0123456789";

	static final String CLUSTERS = """
			kubeprint.clusters[0].name=zeta-prod
			kubeprint.clusters[0].demo=true
			kubeprint.clusters[0].allowed-groups=sre
			kubeprint.clusters[1].name=lab
			kubeprint.clusters[1].demo=true
			kubeprint.clusters[1].allowed-groups=noc
			""";

	private AccessFixtures() {
	}

	/** Registers lines of key=value, as a test's own configuration. */
	static void register(DynamicPropertyRegistry registry, String... blocks) {
		for (String block : blocks) {
			block.lines().filter((l) -> !l.isBlank()).forEach((line) -> {
				int eq = line.indexOf('=');
				String value = line.substring(eq + 1).trim();
				registry.add(line.substring(0, eq).trim(), () -> value);
			});
		}
	}

	static String sha256(String token) {
		return HexFormat.of().formatHex(Hashes.sha256(token));
	}

	/**
	 * Viewer tokens: one for the other cluster, one for the secret cluster long expired, one for its nodes page,
	 * one for its nodes table alone.
	 */
	static String tokens() {
		return String.join("\n", "kubeprint.access.viewer-tokens[0].name=lab-wall",
				"kubeprint.access.viewer-tokens[0].sha256=" + sha256(LAB_TOKEN),
				"kubeprint.access.viewer-tokens[0].clusters=lab",
				"kubeprint.access.viewer-tokens[0].expires=2999-01-01T00:00:00Z",
				"kubeprint.access.viewer-tokens[1].name=old-wall",
				"kubeprint.access.viewer-tokens[1].sha256=" + sha256(EXPIRED_TOKEN),
				"kubeprint.access.viewer-tokens[1].clusters=zeta-prod",
				"kubeprint.access.viewer-tokens[1].expires=2020-01-01T00:00:00Z",
				"kubeprint.access.viewer-tokens[2].name=prod-nodes",
				"kubeprint.access.viewer-tokens[2].sha256=" + sha256(PROD_TOKEN),
				"kubeprint.access.viewer-tokens[2].clusters=zeta-prod",
				"kubeprint.access.viewer-tokens[2].pages=nodes",
				"kubeprint.access.viewer-tokens[2].expires=2999-01-01T00:00:00Z",
				"kubeprint.access.viewer-tokens[3].name=prod-panel",
				"kubeprint.access.viewer-tokens[3].sha256=" + sha256(PANEL_TOKEN),
				"kubeprint.access.viewer-tokens[3].clusters=zeta-prod",
				"kubeprint.access.viewer-tokens[3].panels=nodes-table",
				"kubeprint.access.viewer-tokens[3].expires=2999-01-01T00:00:00Z",
				"kubeprint.access.viewer-tokens[4].name=prod-grid",
				"kubeprint.access.viewer-tokens[4].sha256=" + sha256(GRID_TOKEN),
				"kubeprint.access.viewer-tokens[4].clusters=zeta-prod",
				"kubeprint.access.viewer-tokens[4].panels=nodes-grid",
				"kubeprint.access.viewer-tokens[4].expires=2999-01-01T00:00:00Z",
				"kubeprint.access.metrics-token-sha256=" + sha256(METRICS_TOKEN));
	}

}
