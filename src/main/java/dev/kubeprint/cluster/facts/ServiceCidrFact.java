package dev.kubeprint.cluster.facts;

import java.util.List;

/** A ServiceCIDR (networking.k8s.io): the ranges Service ClusterIPs are allocated from, on 1.29 and later. */
public record ServiceCidrFact(String name, List<String> cidrs) {

	public ServiceCidrFact {
		cidrs = List.copyOf(cidrs);
	}

}
