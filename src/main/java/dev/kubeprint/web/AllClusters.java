package dev.kubeprint.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.cluster.facts.ClusterIdentity;

/** Until access control says otherwise, every reader sees every configured cluster. */
@Component
class AllClusters implements VisibleClusters {

	private final ClusterRegistry clusters;

	AllClusters(ClusterRegistry clusters) {
		this.clusters = clusters;
	}

	@Override
	public List<ClusterIdentity> visible() {
		return clusters.clusters();
	}

}
