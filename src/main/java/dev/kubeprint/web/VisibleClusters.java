package dev.kubeprint.web;

import java.util.List;

import dev.kubeprint.cluster.facts.ClusterIdentity;

/**
 * The clusters the current request may see: the one place every list of clusters (the fleet, the wall, the
 * navigation, the JSON list) is read from, so that access control narrows them all by narrowing this. A cluster
 * left out is not named anywhere, not even as forbidden.
 */
public interface VisibleClusters {

	/** In configuration order. */
	List<ClusterIdentity> visible();

	default boolean maySee(String cluster) {
		return visible().stream().anyMatch((c) -> c.name().equals(cluster));
	}

}
