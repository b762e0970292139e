package dev.kubeprint.cluster.probe;

import java.io.IOException;
import java.net.URI;

/**
 * GETs a control-plane component's endpoint. The components serve HTTPS with a self-signed certificate
 * unless given one, and kube-scheduler and kube-controller-manager allow /healthz without authentication
 * only through --authorization-always-allow-paths (kubeadm sets it): the implementation decides which
 * certificates it trusts and must never send a bearer token to a server whose certificate it did not
 * verify. Implementations must time out.
 */
@FunctionalInterface
public interface ComponentHttp {

	/** @throws IOException when no HTTP answer came */
	HttpAnswer get(URI uri) throws IOException;

}
