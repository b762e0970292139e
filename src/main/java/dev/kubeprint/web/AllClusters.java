package dev.kubeprint.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.cluster.facts.ClusterIdentity;

/** The configured clusters that access control lets this request's reader see. */
@Component
class AllClusters implements VisibleClusters {

	private final ClusterRegistry clusters;

	private final ClusterAccess access;

	AllClusters(ClusterRegistry clusters, ClusterAccess access) {
		this.clusters = clusters;
		this.access = access;
	}

	@Override
	public List<ClusterIdentity> visible() {
		return clusters.clusters().stream().filter((c) -> access.maySee(c.name())).toList();
	}

}
