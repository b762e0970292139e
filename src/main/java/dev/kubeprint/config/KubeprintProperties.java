package dev.kubeprint.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;


/**
 * Everything an operator can set, under {@code kubeprint}.
 *
 * @param clusters the clusters to show; empty means "find one" (kubeconfig, in-cluster, else the demo)
 * @param snapshot shorthand for one offline dump: {@code --kubeprint.snapshot=/path/to/dump}
 * @param staleness data older than this is shown as stale rather than as current
 * @param publishInterval the fastest a source republishes facts, however high the churn
 * @param snapshotReload how often a snapshot directory is checked for changed files
 * @param probeInterval how often a live API server's readyz, livez and metrics are read; rates and p99 span it
 * @param secrets whether live clusters' Secrets are listed (sizes only)
 */
@ConfigurationProperties("kubeprint")
public record KubeprintProperties(
		@DefaultValue List<ClusterProperties> clusters,
		Path snapshot,
		@DefaultValue("60s") Duration staleness,
		@DefaultValue("300ms") Duration publishInterval,
		@DefaultValue("2s") Duration snapshotReload,
		@DefaultValue UiProperties ui,
		@DefaultValue NodeGroupingProperties nodeGrouping,
		@DefaultValue SecretsProperties secrets,
		@DefaultValue("15s") Duration probeInterval) {

	/**
	 * One cluster. Exactly one of {@code snapshot}, {@code demo}, {@code context} or {@code inCluster} says
	 * where its facts come from.
	 *
	 * @param allowedGroups the groups (OIDC claim or proxy header) whose members may see it; empty: every
	 * signed-in user
	 * @param compression whether a live cluster's responses are asked for gzipped
	 */
	public record ClusterProperties(String name, Path snapshot, @DefaultValue("false") boolean demo,
			String context, Path kubeconfig, @DefaultValue("false") boolean inCluster, EtcdProperties etcd,
			@DefaultValue List<String> allowedGroups, @DefaultValue("auto") Compression compression) {

		/** Spring binds through this one; the other exists so that code naming no compression keeps compiling. */
		@ConstructorBinding
		public ClusterProperties {
			compression = compression == null ? Compression.AUTO : compression;
		}

		public ClusterProperties(String name, Path snapshot, boolean demo, String context, Path kubeconfig,
				boolean inCluster, EtcdProperties etcd, List<String> allowedGroups) {
			this(name, snapshot, demo, context, kubeconfig, inCluster, etcd, allowedGroups, Compression.AUTO);
		}

	}

	/**
	 * Gzip costs the API server CPU to save bandwidth: worth it over a WAN, a loss on a LAN where the server's
	 * cores are the bottleneck (why kubectl grew {@code --disable-compression}).
	 */
	public enum Compression {

		/** Off for loopback, in-cluster and private addresses, on otherwise. */
		AUTO,

		ON,

		OFF

	}

	/**
	 * @param enabled off by default: listing Secrets needs a grant many operators rightly refuse, and only
	 * their sizes are ever kept
	 */
	public record SecretsProperties(@DefaultValue("false") boolean enabled) {
	}

	/**
	 * @param refreshInterval how often an open page asks whether a panel changed
	 * @param diagramNodeLimit up to this many nodes the diagram draws each node; beyond it, groups
	 * @param panelLag how long a panel may go on showing its previous cut while another reader cuts the next one
	 * (the status panel never lags); 0 makes every reader wait for the newest
	 */
	public record UiProperties(@DefaultValue("2s") Duration refreshInterval,
			@DefaultValue("12") int diagramNodeLimit, @DefaultValue("10s") Duration panelLag) {
	}

	/**
	 * Label keys that name a node's pool and zone, first match wins. Pools have no standard label, so the
	 * common providers' keys are all listed.
	 */
	public record NodeGroupingProperties(
			@DefaultValue({ "node-pool", "node.kubernetes.io/pool", "cloud.google.com/gke-nodepool",
					"eks.amazonaws.com/nodegroup", "karpenter.sh/nodepool", "alibabacloud.com/nodepool-id",
					"kubernetes.azure.com/agentpool", "agentpool", "pool" }) List<String> poolLabels,
			@DefaultValue({ "topology.kubernetes.io/zone",
					"failure-domain.beta.kubernetes.io/zone" }) List<String> zoneLabels) {
	}

}
