package dev.kubeprint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.kubeprint.cluster.ClusterEnvironment;

/**
 * The environment every app a test boots looks for clusters in: an empty HOME, no KUBECONFIG, not a pod. Found by
 * component scanning on purpose, so that a KUBECONFIG or ~/.kube/config on the machine running the tests reaches
 * none of them; a test that names no cluster gets the demo, as a machine without a kubeconfig would.
 */
@Configuration(proxyBeanMethods = false)
public class TestClusterEnvironment {

	@Bean
	ClusterEnvironment clusterEnvironment() {
		try {
			Path home = Files.createTempDirectory("kubeprint-test-home");
			home.toFile().deleteOnExit();
			return new ClusterEnvironment(Map.of("HOME", home.toString()), home.resolve("no-service-account"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
