package dev.kubeprint.cluster.facts;

import java.util.List;

/**
 * The latest facts of every configured cluster, for code that works across clusters outside a request (the
 * metrics export) and may read facts but not the sources that fetch them. Never calls a cluster: each source
 * answers what it last published.
 */
@FunctionalInterface
public interface LatestFacts {

	/** One entry per cluster, in configuration order; "loading" facts for a source that has delivered nothing. */
	List<ClusterFacts> all();

}
