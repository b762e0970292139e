package dev.kubeprint.web.access;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.config.AccessProperties;
import dev.kubeprint.config.AccessProperties.Mode;

/**
 * Mode {@code none} lets anyone who reaches the port read every cluster. That is fine on loopback and for the
 * bundled demo, whose data is invented; anywhere else the app refuses to start unless the operator said
 * {@code allow-anonymous}, and then it says so in the log and on every page. Checked while the context starts,
 * before the port opens.
 */
@Component
class AnonymousAccessGuard {

	private static final Logger log = LoggerFactory.getLogger(AnonymousAccessGuard.class);

	private final boolean openToAnyone;

	@Autowired
	AnonymousAccessGuard(AccessProperties access, ClusterRegistry clusters, Environment environment) {
		this(access, environment.getProperty("server.address"), clusters.demoOnly());
	}

	AnonymousAccessGuard(AccessProperties access, String serverAddress, boolean demoOnly) {
		boolean loopback = loopback(serverAddress);
		if (access.mode() != Mode.NONE) {
			log.info("access: mode {}; viewer tokens configured: {}", access.mode().name().toLowerCase(),
					access.viewerTokens().size());
			this.openToAnyone = false;
			return;
		}
		if (loopback || demoOnly) {
			log.info("access: mode none, anonymous readers allowed because {}",
					loopback ? "the server listens on loopback only (server.address=" + serverAddress + ")"
							: "the only cluster is the bundled demo");
			this.openToAnyone = false;
			return;
		}
		if (!access.allowAnonymous()) {
			throw new IllegalStateException("Refusing to start: kubeprint.access.mode is none (anonymous) and the server "
					+ "listens beyond loopback (server.address=" + (serverAddress == null ? "all interfaces" : serverAddress)
					+ ") with a cluster that is not the demo, so anyone who reaches the port would read it. Choose "
					+ "kubeprint.access.mode=oidc or proxy, bind to loopback with server.address=127.0.0.1, or, if "
					+ "anyone may really read it, set kubeprint.access.allow-anonymous=true");
		}
		log.warn("access: ANYONE who reaches this server can read every cluster it shows (kubeprint.access.mode=none "
				+ "with allow-anonymous=true, server.address={}); every page says so",
				serverAddress == null ? "all interfaces" : serverAddress);
		this.openToAnyone = true;
	}

	boolean openToAnyone() {
		return openToAnyone;
	}

	/** No address means every interface. A name is resolved, so "localhost" counts and "0.0.0.0" does not. */
	static boolean loopback(String address) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			return InetAddress.getByName(address.trim()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
