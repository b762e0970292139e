package dev.kubeprint.controlplane;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KubeadmConfig;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.controlplane.TopologyView.Mode;
import dev.kubeprint.health.ControlPlaneAnalyzer;
import dev.kubeprint.controlplane.TopologyView.Setting;
import dev.kubeprint.i18n.Texts;

/**
 * Stacked or external etcd, from the strongest evidence there is: kubeadm's own configuration, then etcd
 * pods on control-plane nodes, then where the API server's --etcd-servers point compared with the nodes.
 */
public final class TopologyAnalyzer {

	public TopologyView analyze(ClusterFacts facts, String managedBy, Texts t) {
		Optional<KubeadmConfig> kubeadm = KubeadmConfig.from(facts);
		List<PodFact> apiServers = pods(facts, "kube-apiserver");
		List<PodFact> etcdPods = pods(facts, "etcd");
		String endpoint = kubeadm.map(KubeadmConfig::controlPlaneEndpoint).orElse("");
		List<String> apiServerNodes = apiServers.stream().map(PodFact::nodeName).toList();
		List<String> etcdServers = apiServers.stream()
			.map((p) -> p.flags().getOrDefault("etcd-servers", ""))
			.filter((s) -> !s.isEmpty())
			.findFirst()
			.map((s) -> Arrays.asList(s.split(",")))
			.orElse(List.of());
		List<Setting> settings = settings(facts, kubeadm, apiServers, etcdPods, t);
		if (!managedBy.isEmpty()) {
			return new TopologyView(Mode.MANAGED, t.get("topology.managed", managedBy), endpoint, List.of(), List.of(),
					settings);
		}
		if (kubeadm.isPresent()) {
			KubeadmConfig config = kubeadm.get();
			if (config.externalEtcd()) {
				return new TopologyView(Mode.EXTERNAL, t.get("topology.kubeadm.external"), endpoint, apiServerNodes,
						config.externalEtcdEndpoints(), settings);
			}
			return new TopologyView(Mode.STACKED, t.get("topology.kubeadm.stacked"), endpoint, apiServerNodes,
					etcdPods.stream().map(PodFact::nodeName).toList(), settings);
		}
		if (!etcdPods.isEmpty() && etcdPods.stream().allMatch((p) -> controlPlaneNode(facts, p.nodeName()))) {
			return new TopologyView(Mode.STACKED, t.get("topology.pods.stacked"), endpoint, apiServerNodes,
					etcdPods.stream().map(PodFact::nodeName).toList(), settings);
		}
		if (!etcdServers.isEmpty()) {
			Set<String> nodeAddresses = new LinkedHashSet<>();
			facts.nodes().forEach((n) -> {
				nodeAddresses.add(n.internalIp());
				nodeAddresses.add(n.name());
			});
			List<String> hosts = etcdServers.stream().map(TopologyAnalyzer::host).toList();
			boolean local = hosts.stream().allMatch((h) -> isLoopback(h) || nodeAddresses.contains(h));
			return new TopologyView(local ? Mode.STACKED : Mode.EXTERNAL,
					t.get(local ? "topology.flags.stacked" : "topology.flags.external", String.join(", ", etcdServers)),
					endpoint, apiServerNodes, etcdServers, settings);
		}
		List<String> missing = java.util.stream.Stream.of(FactKind.PODS, FactKind.CONFIG_MAPS)
			.filter((k) -> !facts.availability(k).hasData())
			.map((k) -> k.kind() + "s: " + facts.availability(k).reason())
			.toList();
		String evidence = missing.isEmpty() ? t.get("topology.unknown")
				: t.get("topology.not-collected", String.join("; ", missing));
		return new TopologyView(Mode.UNKNOWN, evidence, endpoint, apiServerNodes, List.of(), settings);
	}

	/** The reference's kubeadm keys that matter for HA, each with this cluster's value and where it was read. */
	private static List<Setting> settings(ClusterFacts facts, Optional<KubeadmConfig> kubeadm, List<PodFact> apiServers,
			List<PodFact> etcdPods, Texts t) {
		List<Setting> settings = new ArrayList<>();
		String fromKubeadm = t.get("topology.source.kubeadm");
		kubeadm.ifPresent((k) -> {
			add(settings, "kubernetesVersion", k.kubernetesVersion(), fromKubeadm);
			add(settings, "controlPlaneEndpoint", k.controlPlaneEndpoint(), fromKubeadm);
			add(settings, "networking.podSubnet", k.podSubnet(), fromKubeadm);
			add(settings, "networking.serviceSubnet", k.serviceSubnet(), fromKubeadm);
		});
		etcdPods.stream().findFirst().ifPresent((p) -> {
			String source = t.get("topology.source.pod", p.name());
			add(settings, "etcd --quota-backend-bytes", p.flags().getOrDefault("quota-backend-bytes", ""), source);
			add(settings, "etcd --auto-compaction-retention", p.flags().getOrDefault("auto-compaction-retention", ""),
					source);
			add(settings, "etcd --data-dir", p.flags().getOrDefault("data-dir", ""), source);
		});
		apiServers.stream().findFirst().ifPresent((p) -> {
			String source = t.get("topology.source.pod", p.name());
			for (String flag : List.of("etcd-servers", "max-requests-inflight", "max-mutating-requests-inflight",
					"service-cluster-ip-range", "audit-log-path", "encryption-provider-config")) {
				add(settings, "kube-apiserver --" + flag, p.flags().getOrDefault(flag, ""), source);
			}
		});
		return settings;
	}

	private static void add(List<Setting> settings, String key, String value, String source) {
		if (value != null && !value.isEmpty()) {
			settings.add(new Setting(key, value, source));
		}
	}

	/** The same pods the component rows show, so a CNI's own etcd never makes a topology "stacked". */
	private static List<PodFact> pods(ClusterFacts facts, String component) {
		return ControlPlaneAnalyzer.componentPods(facts, component);
	}

	private static boolean controlPlaneNode(ClusterFacts facts, String name) {
		return facts.nodes()
			.stream()
			.filter((n) -> n.name().equals(name))
			.map(NodeFact::roles)
			.anyMatch((roles) -> roles.contains("control-plane") || roles.contains("master"));
	}

	private static String host(String url) {
		try {
			String host = URI.create(url.trim()).getHost();
			return host == null ? url.trim() : host;
		}
		catch (IllegalArgumentException ex) {
			return url.trim();
		}
	}

	private static boolean isLoopback(String host) {
		return "localhost".equals(host) || host.startsWith("127.") || "::1".equals(host) || "[::1]".equals(host);
	}

}
