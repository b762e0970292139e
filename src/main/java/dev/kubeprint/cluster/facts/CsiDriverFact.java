package dev.kubeprint.cluster.facts;

import java.util.List;

/** A CSIDriver object. */
public record CsiDriverFact(String name, boolean attachRequired, boolean podInfoOnMount, String fsGroupPolicy,
		List<String> volumeLifecycleModes) {

	public CsiDriverFact {
		volumeLifecycleModes = List.copyOf(volumeLifecycleModes);
	}

}
