package dev.kubeprint.network;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.ReferenceCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** One reader per CNI: what it reads its mode from, and what it says when that is not there. */
class CniModeTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static DaemonSetFact agent(String name, Map<String, String> env) {
		return new DaemonSetFact("kube-system", name, 3, 3, 3, 3, List.of(), env);
	}

	private static CniMode.Inputs inputs(DaemonSetFact agent, ConfigMapFact... maps) {
		return new CniMode.Inputs(agent, java.util.Arrays.stream(maps)
			.collect(java.util.stream.Collectors.toMap(ConfigMapFact::name, (m) -> m)), List.of());
	}

	private static ConfigMapFact map(String name, Map<String, String> data) {
		return new ConfigMapFact("kube-system", name, 0, data);
	}

	@Test
	void everyCniOfTheReferenceHasAReader() {
		assertThat(CniDetection.READERS).extracting(CniMode.Reader::cni)
			.containsExactlyInAnyOrderElementsOf(ReferenceCatalog.load().cnis().stream().map((c) -> c.id()).toList());
	}

	@Test
	void calicoIpipCrossSubnetAndPlainBgp() {
		CniMode crossSubnet = new CalicoMode()
			.read(inputs(agent("calico-node", Map.of("CALICO_IPV4POOL_IPIP", "CrossSubnet"))), EN);
		assertThat(crossSubnet.mode()).isEqualTo("IPIP (CrossSubnet)");
		assertThat(crossSubnet.source()).isEqualTo("calico-node: CALICO_IPV4POOL_IPIP=CrossSubnet");
		assertThat(crossSubnet.notes()).contains(
				"routing backend bird (inference from the IPIP pool: calico-config is not in the data)");
		assertThat(new CalicoMode().read(inputs(agent("calico-node", Map.of("CALICO_NETWORKING_BACKEND", "none"))), EN)
			.mode()).isEqualTo("policy only");
		assertThat(new CalicoMode().read(inputs(agent("calico-node", Map.of("CALICO_IPV4POOL_IPIP", "Never"))), EN)
			.mode()).isEqualTo("BGP");
	}

	@Test
	void ciliumNativeRoutingAndNoConfigAtAll() {
		assertThat(new CiliumMode().read(inputs(null, map("cilium-config", Map.of("routing-mode", "native"))), EN)
			.source()).isEqualTo("cilium-config: routing-mode=native");
		// Without cilium-config the mode is unknown, and the page says why (issue 10).
		assertThat(new CiliumMode().read(inputs(null), EN))
			.isEqualTo(new CniMode("", "unknown: cilium-config is not in the data"));
	}

	@Test
	void flannelBackendFromNetConf() {
		assertThat(new FlannelMode().read(inputs(null, map("kube-flannel-cfg",
				Map.of("net-conf.json", "{\"Network\": \"10.244.0.0/16\", \"Backend\": {\"Type\": \"host-gw\"}}"))), EN))
			.isEqualTo(new CniMode("host-gw", "kube-flannel-cfg: net-conf.json Backend.Type"));
		assertThat(new FlannelMode().read(inputs(null, map("kube-flannel-cfg", Map.of())), EN)).isEqualTo(new CniMode("",
				"unknown: neither kube-flannel-cfg net-conf.json nor the node annotation flannel.alpha.coreos.com/backend-type is in the data"));
	}

	@Test
	void flannelBackendFromTheNodeAnnotationWhenNetConfIsNotInTheData() {
		CniMode mode = new FlannelMode().read(new CniMode.Inputs(null, Map.of(),
				List.of(flannelNode("n1", "vxlan"), flannelNode("n2", "vxlan"))), EN);
		assertThat(mode).isEqualTo(new CniMode("vxlan",
				"node annotation flannel.alpha.coreos.com/backend-type=vxlan on n1, n2"));
	}

	@Test
	void flannelNetConfOutweighsTheNodeAnnotation() {
		CniMode mode = new FlannelMode().read(new CniMode.Inputs(null,
				Map.of("kube-flannel-cfg", map("kube-flannel-cfg", Map.of("net-conf.json", "{\"Backend\": {\"Type\": \"host-gw\"}}"))),
				List.of(flannelNode("n1", "vxlan"))), EN);
		assertThat(mode.mode()).isEqualTo("host-gw");
	}

	private static NodeFact flannelNode(String name, String backend) {
		return dev.kubeprint.testing.TestFacts.yaml("""
				apiVersion: v1
				kind: Node
				metadata:
				  name: %s
				  annotations: {flannel.alpha.coreos.com/backend-type: %s}
				""".formatted(name, backend)).build().nodes().get(0);
	}

	@Test
	void terwayByTheNameOfItsDaemonSet() {
		assertThat(new TerwayMode().read(inputs(agent("terway-eniip", Map.of())), EN).mode()).isEqualTo("ENIIP");
		assertThat(new TerwayMode().read(inputs(agent("terway", Map.of())), EN)).isEqualTo(CniMode.UNKNOWN);
	}

	@Test
	void awsVpcCniNamesItsExtras() {
		CniMode prefix = new AwsVpcCniMode().read(inputs(agent("aws-node", Map.of("ENABLE_PREFIX_DELEGATION", "true"))),
				EN);
		assertThat(prefix.mode()).isEqualTo("ENI (prefix delegation)");
		assertThat(prefix.source()).isEqualTo("aws-node env");
		assertThat(prefix.notes()).contains("prefix delegation on (aws-node: ENABLE_PREFIX_DELEGATION=true)");
		assertThat(new AwsVpcCniMode().read(inputs(agent("aws-node", Map.of())), EN).mode()).isEqualTo("ENI");
	}

	@Test
	void awsVpcCniSaysUnknownWhenTheEnvOrTheDaemonSetIsNotInTheData() {
		assertThat(new AwsVpcCniMode().read(inputs(agent("aws-node", Map.of())), EN).notes()).containsExactly(
				"IPv6: unknown: ENABLE_IPv6 is not in aws-node's env",
				"prefix delegation: unknown: ENABLE_PREFIX_DELEGATION is not in aws-node's env",
				"no network-policy agent: aws-node has no aws-network-policy-agent container (ENABLE_NETWORK_POLICY=—)");
		assertThat(new AwsVpcCniMode().read(inputs(null), EN).notes()).singleElement()
			.asString()
			.startsWith("IPv6, prefix delegation, network-policy agent: unknown");
	}

}
