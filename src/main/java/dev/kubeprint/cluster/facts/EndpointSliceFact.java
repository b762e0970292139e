package dev.kubeprint.cluster.facts;

import java.util.List;

/**
 * An EndpointSlice, counted rather than kept: a Service may have thousands of endpoints.
 *
 * @param serviceName from the kubernetes.io/service-name label
 * @param addresses kept only for default/kubernetes, whose endpoints are the API servers themselves
 */
public record EndpointSliceFact(String namespace, String name, String serviceName, String addressType,
		int endpoints, int readyEndpoints, List<String> addresses) {

	public EndpointSliceFact {
		addresses = List.copyOf(addresses);
	}

}
