package dev.kubeprint.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A kubeconfig of one context, named like its cluster, with a bearer token: the shape a test's API server needs. */
public final class Kubeconfigs {

	private Kubeconfigs() {
	}

	/** @param server the API server's URL; an https one is not verified (tests' servers have no trusted certificate) */
	public static Path oneContext(String context, String server) throws IOException {
		Path kubeconfig = Files.createTempFile(context, ".kubeconfig");
		String tls = server.startsWith("https:") ? ", insecure-skip-tls-verify: true" : "";
		Files.writeString(kubeconfig, """
				apiVersion: v1
				kind: Config
				clusters: [{name: %1$s, cluster: {server: "%2$s"%3$s}}]
				users: [{name: u, user: {token: t}}]
				contexts: [{name: %1$s, context: {cluster: %1$s, user: u}}]
				current-context: %1$s
				""".formatted(context, server, tls));
		return kubeconfig;
	}

}
