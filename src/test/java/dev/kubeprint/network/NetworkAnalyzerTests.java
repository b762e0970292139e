package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.NetworkView.NetworkRange;
import dev.kubeprint.network.NetworkView.Source;
import dev.kubeprint.reference.ReferenceCatalog;
import dev.kubeprint.testing.TestFacts;

import static dev.kubeprint.testing.KubeJson.configMap;
import static dev.kubeprint.testing.KubeJson.daemonSet;
import static dev.kubeprint.testing.KubeJson.facts;
import static dev.kubeprint.testing.KubeJson.node;
import static dev.kubeprint.testing.KubeJson.pod;
import static dev.kubeprint.testing.KubeJson.staticPod;
import static org.assertj.core.api.Assertions.assertThat;

class NetworkAnalyzerTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private final NetworkAnalyzer analyzer = new NetworkAnalyzer(ReferenceCatalog.load());

	@Test
	void calicoInIpipVxlanOrBgp() {
		NetworkView ipip = analyze(daemonSet("calico-node", "docker.io/calico/node:v3.28.2",
				Map.of("CALICO_IPV4POOL_IPIP", "Always", "CALICO_IPV4POOL_VXLAN", "Never")));
		assertThat(ipip.cni().id()).isEqualTo("calico");
		assertThat(ipip.cni().mode()).isEqualTo("IPIP");
		assertThat(ipip.cni().modeSource()).isEqualTo("calico-node: CALICO_IPV4POOL_IPIP=Always");
		assertThat(analyze(daemonSet("calico-node", "calico/node:v3.27.0",
				Map.of("CALICO_IPV4POOL_IPIP", "Never", "CALICO_IPV4POOL_VXLAN", "CrossSubnet"))).cni().mode())
			.isEqualTo("VXLAN (CrossSubnet)");
		assertThat(analyze(daemonSet("calico-node", "calico/node:v3.27.0",
				Map.of("CALICO_IPV4POOL_IPIP", "Never", "CALICO_IPV4POOL_VXLAN", "Never"))).cni().mode())
			.isEqualTo("BGP");
	}

	@Test
	void ciliumTunnelOrNativeRoutingWithKubeProxyReplacement() {
		NetworkView tunnel = analyze(daemonSet("cilium", "quay.io/cilium/cilium:v1.16.1", Map.of()),
				configMap("kube-system", "cilium-config", Map.of("routing-mode", "tunnel", "tunnel-protocol", "geneve",
						"kube-proxy-replacement", "true", "cluster-pool-ipv4-cidr", "10.0.0.0/8")));
		assertThat(tunnel.cni().name()).isEqualTo("Cilium");
		assertThat(tunnel.cni().mode()).isEqualTo("tunnel (geneve)");
		assertThat(tunnel.cni().kubeProxyReplacement()).isEqualTo("true");
		assertThat(tunnel.ranges().get(0).sources()).extracting(Source::value).contains("10.0.0.0/8");
		NetworkView nativeRouting = analyze(daemonSet("cilium", "quay.io/cilium/cilium:v1.13.4", Map.of()),
				configMap("kube-system", "cilium-config", Map.of("tunnel", "disabled")));
		assertThat(nativeRouting.cni().mode()).isEqualTo("native routing");
		assertThat(nativeRouting.cni().kubeProxyReplacement()).startsWith("not set");
	}

	@Test
	void flannelWithItsBackend() {
		NetworkView v = analyze(daemonSet("kube-flannel-ds", "docker.io/flannel/flannel:v0.25.5", Map.of()),
				configMap("kube-flannel", "kube-flannel-cfg",
						Map.of("net-conf.json", "{\"Network\": \"10.244.0.0/16\", \"Backend\": {\"Type\": \"host-gw\"}}")));
		assertThat(v.cni().id()).isEqualTo("flannel");
		assertThat(v.cni().mode()).isEqualTo("host-gw");
		assertThat(v.ranges().get(0).sources()).extracting(Source::where).contains("kube-flannel-cfg net-conf.json Network");
	}

	@Test
	void terwayEniipFromItsDaemonSet() {
		NetworkView v = analyze(daemonSet("terway-eniip", "registry.cn-hangzhou.aliyuncs.com/acs/terway:v1.9.0", Map.of()));
		assertThat(v.cni().id()).isEqualTo("terway");
		assertThat(v.cni().mode()).isEqualTo("ENIIP");
		assertThat(analyze(daemonSet("terway-eni", "acs/terway:v1.9.0", Map.of())).cni().mode()).isEqualTo("ENI");
	}

	@Test
	void awsVpcCniWithPrefixDelegation() {
		NetworkView v = analyze(daemonSet("aws-node", "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.3",
				Map.of("ENABLE_PREFIX_DELEGATION", "true")));
		assertThat(v.cni().name()).isEqualTo("AWS VPC CNI");
		assertThat(v.cni().mode()).isEqualTo("ENI (prefix delegation)");
		assertThat(v.comparison()).filteredOn(NetworkView.CniRow::detected).extracting(NetworkView.CniRow::id)
			.containsExactly("aws-vpc-cni");
	}

	@Test
	void aCniIsRecognisedByItsImageUnderACustomNameOrByConfigMapAlone() {
		assertThat(analyze(daemonSet("net-agent", "docker.io/calico/node:v3.28.2", Map.of())).cni().id()).isEqualTo("calico");
		NetworkView byConfig = analyze(configMap("kube-system", "cilium-config", Map.of("routing-mode", "native")));
		assertThat(byConfig.cni().id()).isEqualTo("cilium");
		assertThat(byConfig.cni().ready()).contains("ConfigMap only");
		assertThat(analyze().cni().id()).isEmpty();
	}

	@Test
	void podCidrSourcesThatDisagreeAreWarnedAbout() {
		NetworkView v = analyze(kubeadm("10.244.0.0/16", "10.96.0.0/12"),
				staticPod("kube-controller-manager", "cp-1", "v1.30.6", "kube-controller-manager", "--cluster-cidr=10.245.0.0/16"),
				node("n1").podCidr("10.244.1.0/24"));
		NetworkRange pod = v.ranges().get(0);
		assertThat(pod.disagree()).isTrue();
		assertThat(pod.warnings()).anySatisfy((w) -> assertThat(w).startsWith("Sources disagree: 10.244.0.0/16 (kubeadm-config")
			.contains("10.245.0.0/16 (kube-controller-manager --cluster-cidr)"));
	}

	@Test
	void sameRangeWrittenDifferentlyAgrees() {
		NetworkView v = analyze(kubeadm("10.244.0.0/16", "10.96.0.0/12"), configMap("kube-system", "kube-proxy",
				Map.of("config.conf", "clusterCIDR: 10.244.7.0/16\nmode: ipvs\n")), node("n1").podCidr("10.244.1.0/24"));
		assertThat(v.ranges().get(0).disagree()).isFalse();
		assertThat(v.ranges().get(0).sources()).extracting(Source::where)
			.containsExactly("kubeadm-config networking.podSubnet", "ConfigMap kube-system/kube-proxy clusterCIDR",
					"spec.podCIDRs of 1 of 1 nodes (blocks /24)");
	}

	@Test
	void serviceCidrFromKubeadmApiServerAndServiceCidrObjects() {
		String serviceCidr = """
				{"apiVersion":"networking.k8s.io/v1beta1","kind":"ServiceCIDR","metadata":{"name":"kubernetes"},"spec":{"cidrs":["10.96.0.0/16"]}}""";
		NetworkView v = analyze(kubeadm("10.244.0.0/16", "10.96.0.0/12"),
				staticPod("kube-apiserver", "cp-1", "v1.30.6", "kube-apiserver", "--service-cluster-ip-range=10.96.0.0/12"),
				serviceCidr);
		NetworkRange service = v.ranges().get(1);
		assertThat(service.sources()).extracting(Source::where)
			.containsExactly("kubeadm-config networking.serviceSubnet",
					"kube-apiserver --service-cluster-ip-range (kube-apiserver-cp-1)", "ServiceCIDR kubernetes");
		assertThat(service.warnings()).singleElement().asString().contains("10.96.0.0/16 (ServiceCIDR kubernetes)");
	}

	@Test
	void nodeBlocksOutsideThePodRangeAndOverlapsAreNamed() {
		NetworkView v = analyze(kubeadm("10.244.0.0/16", "10.0.0.0/12"), node("good").podCidr("10.244.1.0/24").ip("192.168.1.5"),
				node("stray").podCidr("10.250.3.0/24").ip("10.0.0.9"));
		assertThat(v.ranges().get(0).warnings()).anySatisfy((w) -> assertThat(w).contains("stray 10.250.3.0/24"));
		assertThat(v.ranges().get(1).warnings()).anySatisfy((w) -> assertThat(w).contains("overlaps the Node network 10.0.0.9"));
		// A node states its address, not its subnet: no /24 is guessed from it (issue 10).
		assertThat(v.ranges().get(2).sources()).extracting(Source::value).containsExactly("192.168.1.5", "10.0.0.9");
	}

	@Test
	void networkPoliciesUnderFlannelHaveNoEffect() {
		String policy = "{\"apiVersion\":\"networking.k8s.io/v1\",\"kind\":\"NetworkPolicy\",\"metadata\":{\"name\":\"deny-all\",\"namespace\":\"shop\"},\"spec\":{\"podSelector\":{}}}";
		NetworkView flannel = analyze(daemonSet("kube-flannel-ds", "flannel/flannel:v0.25.5", Map.of()), policy);
		assertThat(flannel.policies().unenforced()).isTrue();
		assertThat(flannel.policies().text()).isEqualTo("1 NetworkPolicies exist, but Flannel does not enforce NetworkPolicies: they have no effect.");
		assertThat(flannel.policies().examples()).containsExactly("shop/deny-all");
		NetworkView calico = analyze(daemonSet("calico-node", "calico/node:v3.28.2", Map.of()), policy);
		assertThat(calico.policies().unenforced()).isFalse();
		assertThat(analyze(daemonSet("kube-flannel-ds", "flannel/flannel:v0.25.5", Map.of())).policies().unenforced())
			.isFalse();
	}

	@Test
	void podIpUsePerNodeBlockAndForTheCluster() {
		List<Object> docs = new ArrayList<>();
		docs.add(kubeadm("10.244.0.0/16", "10.96.0.0/12"));
		docs.add(node("small").podCidr("10.244.1.0/28"));
		docs.add(node("big").podCidr("10.244.2.0/24"));
		docs.add(node("big-2").podCidr("10.244.3.0/24"));
		for (int i = 0; i < 13; i++) {
			// Pods on their node's block, as the allocator gives them.
			docs.add(pod("x", "p" + i, "small", "1m", "1Mi").replace("10.244.0.9", "10.244.1." + (i + 1)));
		}
		docs.add(dev.kubeprint.testing.KubeJson.daemonSetPod("kube-proxy-1", "kube-proxy", "small", true));
		NetworkView v = analyzer.analyze(facts(docs.toArray()).build(), EN);
		NetworkView.IpUseView use = v.ipUse();
		assertThat(use.busiest().get(0)).satisfies((u) -> {
			assertThat(u.node()).isEqualTo("small");
			assertThat(u.addresses()).isEqualTo(14);
			assertThat(u.pods()).as("hostNetwork pods take no pod IP").isEqualTo(13);
			assertThat(u.percent()).isEqualTo(93);
		});
		assertThat(use.nodesOver80()).isEqualTo(1);
		assertThat(use.blockNodes()).as("a /16 holds 256 /24 blocks; the most common block size wins").isEqualTo(256);
		assertThat(use.clusterText()).isEqualTo("10.244.0.0/16 holds 256 node blocks of /24; 3 nodes take 1% of them.");
	}

	@Test
	void theDemoIsCalicoIpipWithAgreeingRanges() {
		NetworkView v = analyzer.analyze(TestFacts.demo(), EN);
		assertThat(v.cni().name()).isEqualTo("Calico");
		assertThat(v.cni().mode()).isEqualTo("IPIP");
		assertThat(v.ranges()).allSatisfy((r) -> assertThat(r.warnings()).isEmpty());
		assertThat(v.ranges().get(1).sources()).extracting(Source::value).contains("10.96.0.0/12");
		assertThat(v.ipUse().blockNodes()).isEqualTo(256);
		assertThat(v.ipUse().nodes()).isEqualTo(24);
	}

	private NetworkView analyze(Object... objects) {
		return analyzer.analyze(facts(objects).build(), EN);
	}

	static String kubeadm(String podSubnet, String serviceSubnet) {
		return configMap("kube-system", "kubeadm-config", Map.of("ClusterConfiguration",
				"apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: " + podSubnet
						+ "\n  serviceSubnet: " + serviceSubnet + "\n"));
	}

}
