package dev.kubeprint.cluster.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The parts of kube-system/kubeadm-config's ClusterConfiguration the panels read.
 *
 * @param externalEtcdEndpoints non-empty when etcd is external to the control-plane nodes
 */
public record KubeadmConfig(String kubernetesVersion, String controlPlaneEndpoint, String podSubnet,
		String serviceSubnet, boolean externalEtcd, List<String> externalEtcdEndpoints,
		Map<String, String> etcdExtraArgs, Map<String, String> apiServerExtraArgs) {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	/** Reads it from the facts; empty when the ConfigMap is absent (not kubeadm) or unreadable. */
	public static Optional<KubeadmConfig> from(ClusterFacts facts) {
		return facts.items(FactKind.CONFIG_MAPS)
			.stream()
			.filter((c) -> "kube-system".equals(c.namespace()) && "kubeadm-config".equals(c.name()))
			.findFirst()
			.map((c) -> c.data().get("ClusterConfiguration"))
			.flatMap(KubeadmConfig::parse);
	}

	static Optional<KubeadmConfig> parse(String yaml) {
		if (yaml == null) {
			return Optional.empty();
		}
		try {
			JsonNode root = YAML.readTree(yaml);
			JsonNode etcd = root.path("etcd");
			JsonNode networking = root.path("networking");
			List<String> endpoints = etcd.path("external").path("endpoints").valueStream().map(JsonNode::asString).toList();
			return Optional.of(new KubeadmConfig(root.path("kubernetesVersion").asString(),
					root.path("controlPlaneEndpoint").asString(), networking.path("podSubnet").asString(),
					networking.path("serviceSubnet").asString(), etcd.has("external"), endpoints,
					args(etcd.path("local").path("extraArgs")), args(root.path("apiServer").path("extraArgs"))));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** extraArgs is a map up to v1beta3 and a list of {name, value} from v1beta4 on. */
	private static Map<String, String> args(JsonNode node) {
		java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
		if (node.isObject()) {
			node.properties().forEach((e) -> args.put(e.getKey(), e.getValue().asString()));
		}
		else if (node.isArray()) {
			node.valueStream().forEach((a) -> args.put(a.path("name").asString(), a.path("value").asString()));
		}
		return args;
	}

}
