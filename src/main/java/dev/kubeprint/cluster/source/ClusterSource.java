package dev.kubeprint.cluster.source;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ClusterIdentity;

/**
 * The only code that talks to the outside world about one cluster. It publishes immutable facts; readers
 * take the latest with {@link #facts()} and never wait on the cluster.
 */
public interface ClusterSource extends AutoCloseable {

	ClusterIdentity identity();

	/** The latest facts; a source that has delivered nothing yet answers "loading" facts, never null. */
	ClusterFacts facts();

	void start();

	@Override
	void close();

}
