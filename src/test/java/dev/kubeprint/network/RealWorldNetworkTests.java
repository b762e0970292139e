package dev.kubeprint.network;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.NetworkView.NetworkRange;
import dev.kubeprint.network.NetworkView.NodeNetwork;
import dev.kubeprint.network.NetworkView.Source;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.RealWorld;

import static org.assertj.core.api.Assertions.assertThat;

/** The network expectations of ../shared/realworld, read from the view the JSON twin serializes. */
class RealWorldNetworkTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static NetworkView analyze(String dump) {
		return analyze(RealWorld.facts(dump));
	}

	private static NetworkView analyze(ClusterFacts facts) {
		return new NetworkAnalyzer(ReferenceCatalog.load()).analyze(facts, EN);
	}

	private static NetworkRange range(NetworkView view, String id) {
		return view.ranges().stream().filter((r) -> r.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void aksCniIsKubenetNotAzureCni() {
		NetworkView view = analyze("aks-1.16-kubenet");
		assertThat(view.cni().id()).isEqualTo("kubenet");
		assertThat(view.cni().name()).isEqualTo("kubenet (inference: no CNI agent, pods on node podCIDRs)");
		assertThat(view.cni().evidence()).anyMatch((e) -> e.contains("podCIDR 10.244.0.0/24") && e.contains("10.240.0.4"));
	}

	@Test
	void aksPodCidrFromKubeProxyClusterCidr() {
		NetworkView view = analyze("aks-1.16-kubenet");
		assertThat(range(view, "pod").sources()).first()
			.satisfies((s) -> assertThat(s.value()).isEqualTo("10.244.0.0/16"))
			.satisfies((s) -> assertThat(s.where()).startsWith("kube-proxy --cluster-cidr"));
		assertThat(view.ipUse().clusterCidr()).isEqualTo("10.244.0.0/16");
	}

	@Test
	void aksServiceCidrNotStated() {
		NetworkRange service = range(analyze("aks-1.16-kubenet"), "service");
		assertThat(service.sources()).isEmpty();
		assertThat(service.note()).isEqualTo(
				"Not stated. The kubernetes Service is 10.0.0.1, kube-dns 10.0.0.10 (fits 10.0.0.0/16, inference).");
	}

	@Test
	void nodeSubnetsAreNeverGuessedFromAnAddress() {
		NetworkRange node = range(analyze("aks-1.16-kubenet"), "node");
		assertThat(node.sources()).extracting(Source::value).containsExactly("10.240.0.4");
		assertThat(node.note()).startsWith("Node subnets are not stated in the data");
	}

	@Test
	void rke2PodAndServiceCidrs() {
		NetworkView view = analyze("rke2-1.33-cilium");
		assertThat(range(view, "pod").sources()).extracting(Source::value, Source::where)
			.contains(org.assertj.core.groups.Tuple.tuple("10.42.0.0/16", "kube-controller-manager --cluster-cidr"));
		assertThat(range(view, "pod").sources()).anyMatch((s) -> s.value().equals("10.42.0.0/16")
				&& s.where().startsWith("kube-proxy --cluster-cidr"));
		assertThat(range(view, "pod").sources()).anyMatch((s) -> s.value().equals("10.42.0.0/24"));
		assertThat(range(view, "service").sources()).first()
			.satisfies((s) -> assertThat(s.value()).isEqualTo("10.43.0.0/16"))
			.satisfies((s) -> assertThat(s.where()).startsWith("kube-apiserver --service-cluster-ip-range"));
	}

	@Test
	void rke2CiliumRoutingAndKprNotInDataNotFullKpr() {
		NetworkView view = analyze("rke2-1.33-cilium");
		assertThat(view.cni().id()).isEqualTo("cilium");
		assertThat(view.cni().evidence()).anyMatch((e) -> e.contains("cilium:v1.18.1"));
		assertThat(view.cni().mode()).isEmpty();
		assertThat(view.cni().modeSource()).startsWith("unknown: cilium-config");
		assertThat(view.cni().kubeProxyReplacement()).startsWith("unknown: cilium-config not collected")
			.contains("not full, since kube-proxy runs (kube-proxy-");
	}

	@Test
	void rke2CiliumOperatorAndHubbleDeploymentsAreNamedWithReadiness() {
		NetworkView view = analyze("rke2-1.33-cilium");
		assertThat(view.cni().notes()).filteredOn((n) -> n.startsWith("Deployment "))
			.hasSize(3)
			.anyMatch((n) -> n.matches("Deployment kube-system/cilium-operator: \\d+/\\d+ ready"))
			.anyMatch((n) -> n.matches("Deployment kube-system/hubble-relay: \\d+/\\d+ ready"))
			.anyMatch((n) -> n.matches("Deployment kube-system/hubble-ui: \\d+/\\d+ ready"));
	}

	@Test
	void kindPodCidrInFourPlacesAndServiceCidrSlash16() {
		NetworkView view = analyze("kind-1.21-sonobuoy");
		assertThat(range(view, "pod").sources()).extracting(Source::where).contains(
				"kubeadm-config networking.podSubnet", "kube-controller-manager --cluster-cidr",
				"ConfigMap kube-system/kube-proxy clusterCIDR", "DaemonSet kindnet env POD_SUBNET");
		assertThat(range(view, "pod").warnings()).isEmpty();
		assertThat(range(view, "service").sources()).extracting(Source::value).containsOnly("10.96.0.0/16");
	}

	@Test
	void kindNodePodCidrIsSlash24() {
		assertThat(range(analyze("kind-1.21-sonobuoy"), "pod").sources()).extracting(Source::value, Source::where)
			.contains(org.assertj.core.groups.Tuple.tuple("10.244.0.0/24", "spec.podCIDRs of 1 of 1 nodes (blocks /24)"));
	}

	@Test
	void kindCniIsKindnet() {
		NetworkView view = analyze("kind-1.21-sonobuoy");
		assertThat(view.cni().id()).isEqualTo("kindnet");
		assertThat(view.cni().evidence()).singleElement().asString().contains("kindnetd:v20210326-1e038dc5");
	}

	@Test
	void eks122AmazonVpcCniPodsFromTheVpc() {
		NetworkView view = analyze("eks-1.22-node-unreachable");
		assertThat(view.cni().id()).isEqualTo("aws-vpc-cni");
		assertThat(view.cni().evidence()).anyMatch((e) -> e.contains("v1.10.1-eksbuild.1"));
		assertThat(view.cni().mode()).isEqualTo("ENI");
		assertThat(view.ipUse().blockNodes()).isEqualTo(-1);
		assertThat(view.ipUse().clusterText()).contains("from the VPC");
	}

	@Test
	void eks122NoNetworkPolicyAgentIpv6AndPrefixDelegationOffFromTheAwsNodeEnv() {
		assertThat(analyze("eks-1.22-node-unreachable").cni().notes()).contains("IPv6 off (aws-node: ENABLE_IPv6=false)",
				"prefix delegation off (aws-node: ENABLE_PREFIX_DELEGATION=false)",
				"no network-policy agent: aws-node has no aws-network-policy-agent container (ENABLE_NETWORK_POLICY=—)");
	}

	@Test
	void eks122ServiceCidrNotStated() {
		assertThat(range(analyze("eks-1.22-node-unreachable"), "service").note()).isEqualTo(
				"Not stated. The kubernetes Service is 10.100.0.1, kube-dns 10.100.0.10 (fits 10.100.0.0/16, inference).");
	}

	@Test
	void kubeadmCalicoIpipOverlayBirdInferred() {
		NetworkView view = analyze("kubeadm-1.21-calico");
		assertThat(view.cni().mode()).isEqualTo("IPIP");
		assertThat(view.cni().evidence()).anyMatch((e) -> e.contains("v3.18.1"));
		assertThat(view.cni().notes()).contains(
				"routing backend bird (inference from the IPIP pool: calico-config is not in the data)",
				"calico-node: DATASTORE_TYPE=kubernetes", "calico-node: CLUSTER_TYPE=k8s,bgp",
				"calico-node: CALICO_IPV4POOL_VXLAN=Never", "CALICO_IPV4POOL_CIDR not set on calico-node");
	}

	@Test
	void kubeadmCalicoPodIpsFromIpamBlocksNotNodePodCidrs() {
		NetworkView view = analyze("kubeadm-1.21-calico");
		assertThat(range(view, "pod").warnings()).anyMatch((w) -> w.contains("172.16.126.1")
				&& w.contains("outside their node's podCIDR"));
		assertThat(view.ipUse().blockNodes()).isEqualTo(-1);
		assertThat(view.ipUse().busiest()).isEmpty();
	}

	@Test
	void kubeadmCalicoCidrs() {
		NetworkView view = analyze("kubeadm-1.21-calico");
		assertThat(range(view, "pod").sources()).first().extracting(Source::value).isEqualTo("172.16.0.0/16");
		assertThat(range(view, "service").sources()).first().extracting(Source::value).isEqualTo("10.96.0.0/12");
	}

	@Test
	void kubeadmCalicoTunnelAddressesPerNodeAreTheBasisForIpamBlocks() {
		NetworkView view = analyze("kubeadm-1.21-calico");
		assertThat(view.cni().nodes()).filteredOn((n) -> n.basis().equals("projectcalico.org/IPv4IPIPTunnelAddr"))
			.extracting(NodeNetwork::node, NodeNetwork::value)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("k8s-controller1", "172.16.54.0 (tunnel address, from Calico IPAM)"),
					org.assertj.core.groups.Tuple.tuple("k8s-worker1", "172.16.194.64 (tunnel address, from Calico IPAM)"),
					org.assertj.core.groups.Tuple.tuple("k8s-worker2", "172.16.126.0 (tunnel address, from Calico IPAM)"));
		assertThat(view.cni().nodes()).anyMatch((n) -> n.node().equals("k8s-controller1")
				&& n.basis().equals("projectcalico.org/IPv4Address") && n.value().startsWith("10.10.1.31/24"));
		assertThat(view.cni().notes()).anyMatch((n) -> n.startsWith("pod IPs come from Calico IPAM blocks")
				&& n.contains("k8s-controller1 172.16.54.0 (tunnel address"));
	}

	@Test
	void rke2NetworkUnavailableFalseCiliumIsUpIsReadinessEvidence() {
		NetworkView view = analyze("rke2-1.33-cilium");
		assertThat(view.cni().nodes()).singleElement().satisfies((n) -> {
			assertThat(n.value()).isEqualTo("NetworkUnavailable=False (CiliumIsUp)");
			assertThat(n.node()).startsWith("omen-");
			assertThat(n.basis()).isEqualTo("node condition NetworkUnavailable");
		});
	}

	@Test
	void rke2DnsServiceNamedAlongsideTheStatedServiceRangeAndNoKubeDns() {
		NetworkRange service = range(analyze("rke2-1.33-cilium"), "service");
		assertThat(service.sources()).first().extracting(Source::value).isEqualTo("10.43.0.0/16");
		assertThat(service.note()).isEqualTo(
				"DNS Service kube-system/rke2-coredns-rke2-coredns is 10.43.0.10; there is no kube-dns Service");
	}

	@Test
	void kubeadmDnsServiceIsKubeDns() {
		assertThat(range(analyze("kubeadm-1.21-calico"), "service").note())
			.isEqualTo("DNS Service kube-system/kube-dns is 10.96.0.10");
	}

	@Test
	void nodesOnlyNetworkPanelsSayNotCollected() {
		NetworkView view = analyze(RealWorld.nodesOnly());
		assertThat(view.cni().id()).isEmpty();
		assertThat(view.cni().name()).startsWith("unknown: DaemonSets were not collected");
		assertThat(range(view, "pod").note()).startsWith("The cluster pod range is not stated in the data")
			.contains("daemonsets.apps (not in this snapshot)");
		assertThat(range(view, "service").note()).contains("Services were not collected");
		assertThat(view.ipUse().blockNodes()).isEqualTo(-1);
		assertThat(view.policies().countShown()).isEqualTo("—");
	}

}
