package dev.kubeprint.cluster.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;

import dev.kubeprint.cluster.live.KubeconfigLoader.ConfigurationException;

/**
 * Builds an ApiClient for the cluster this pod runs in. client-java reads the service-account token through
 * TokenFileAuthentication, which re-reads it every minute as the kubelet rotates it.
 */
final class InClusterLoader {

	private static final Path SERVICE_ACCOUNT = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");

	private InClusterLoader() {
	}

	static ApiClient load() throws ConfigurationException {
		String host = System.getenv("KUBERNETES_SERVICE_HOST");
		if (host == null || host.isBlank()) {
			throw new ConfigurationException("in-cluster: KUBERNETES_SERVICE_HOST is not set, so this is not running"
					+ " in a pod; configure a kubeconfig context instead");
		}
		for (String file : new String[] { "token", "ca.crt" }) {
			if (!Files.isRegularFile(SERVICE_ACCOUNT.resolve(file))) {
				throw new ConfigurationException("in-cluster: " + SERVICE_ACCOUNT.resolve(file) + " does not exist;"
						+ " mount a service account token (automountServiceAccountToken must not be false)");
			}
		}
		try {
			return ClientBuilder.cluster().setReadTimeout(Duration.ZERO).build();
		}
		catch (Exception ex) {
			throw new ConfigurationException("in-cluster configuration cannot be used: "
					+ KubeconfigLoader.rootMessage(ex));
		}
	}

}
