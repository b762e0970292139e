package dev.kubeprint.cluster.etcd;

import java.net.InetAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.KubeadmConfig;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.config.EtcdProperties;

/**
 * Where the cluster itself says etcd is, for a cluster configured with client certificates but no endpoints.
 * kubeadm points each API server at its own node's etcd through 127.0.0.1, which means nothing from where
 * Kubeprint runs; the etcd pods' --advertise-client-urls carry the addresses that work, so they come first.
 */
public final class EtcdDiscovery {

	private static final String SYSTEM = "kube-system";

	private EtcdDiscovery() {
	}

	/**
	 * Client URLs in order of trust: etcd pods' --advertise-client-urls, then the kube-apiserver's
	 * --etcd-servers, then kubeadm's external etcd endpoints; loopback addresses left out, at most
	 * {@value EtcdProperties#MAX_ENDPOINTS}. Empty when the cluster does not tell.
	 */
	public static List<String> endpoints(ClusterFacts facts) {
		Set<String> urls = new LinkedHashSet<>();
		flag(facts, "etcd", "advertise-client-urls").forEach(urls::add);
		flag(facts, "kube-apiserver", "etcd-servers").forEach(urls::add);
		KubeadmConfig.from(facts).map(KubeadmConfig::externalEtcdEndpoints).orElse(List.of()).forEach(urls::add);
		return urls.stream().filter(EtcdDiscovery::reachable).limit(EtcdProperties.MAX_ENDPOINTS).toList();
	}

	private static Stream<String> flag(ClusterFacts facts, String component, String flag) {
		return facts.pods()
			.stream()
			.filter((p) -> SYSTEM.equals(p.namespace()))
			.filter((p) -> component.equals(p.component()) || p.name().startsWith(component + "-"))
			.filter((p) -> !p.terminated())
			.map(PodFact::flags)
			.map((flags) -> flags.getOrDefault(flag, ""))
			.flatMap((value) -> Stream.of(value.split(",")))
			.map(String::strip)
			.filter((url) -> !url.isEmpty());
	}

	/** A loopback or unparsable URL is no way to reach a member from another host. */
	private static boolean reachable(String url) {
		try {
			String host = URI.create(url).getHost();
			if (host == null || URI.create(url).getPort() < 0) {
				return false;
			}
			if (host.equals("localhost")) {
				return false;
			}
			boolean literal = host.chars().allMatch((c) -> Character.isDigit(c) || c == '.')
					|| host.startsWith("[");
			// only literal addresses are checked, so no name is ever resolved here
			return !literal || !InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
		}
		catch (Exception ex) {
			return false;
		}
	}

}
