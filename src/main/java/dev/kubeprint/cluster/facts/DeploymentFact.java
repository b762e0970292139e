package dev.kubeprint.cluster.facts;

import java.util.List;

/** A Deployment. */
public record DeploymentFact(String namespace, String name, int replicas, int ready, int available,
		int updated, List<String> images) {

	public DeploymentFact {
		images = List.copyOf(images);
	}

}
