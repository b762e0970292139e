package dev.kubeprint.cluster.facts;

import java.util.List;

/**
 * A Service.
 *
 * @param ports as "name 443/TCP→6443"
 * @param externalAddresses load-balancer ingress IPs or hostnames
 */
public record ServiceFact(String namespace, String name, String type, String clusterIp, List<String> ports,
		List<String> externalAddresses) {

	public ServiceFact {
		ports = List.copyOf(ports);
		externalAddresses = List.copyOf(externalAddresses);
	}

}
