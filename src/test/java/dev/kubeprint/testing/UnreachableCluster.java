package dev.kubeprint.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** A kubeconfig whose context "gone" points at a loopback port nothing listens on: a live cluster that never answers. */
public final class UnreachableCluster {

	public static final String CONTEXT = "gone";

	private UnreachableCluster() {
	}

	/** The port is taken from the system and closed again, so connecting to it is refused at once. */
	public static Path kubeconfig() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		return Kubeconfigs.oneContext(CONTEXT, "https://127.0.0.1:" + closedPort);
	}

}
