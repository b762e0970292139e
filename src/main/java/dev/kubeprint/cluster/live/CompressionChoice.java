package dev.kubeprint.cluster.live;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import dev.kubeprint.config.KubeprintProperties.Compression;

/**
 * Whether a cluster's responses are asked for gzipped, and why. On a LAN the API server's CPU, not the network,
 * is what a cold sync waits for, and gzip spends that CPU (a 150,000-pod list shrinks 11.7× but takes the server
 * longer to send): so {@code auto} asks for it only where the server is far away.
 *
 * <p>The rule reads the address as written in the kubeconfig and resolves nothing: a startup that waits on DNS,
 * or a choice that changes with the resolver, would be worse than asking an operator to say {@code on} or
 * {@code off} for a private host name.
 *
 * @param gzip whether {@code Accept-Encoding: gzip} is sent
 * @param reason the words the startup log says
 */
record CompressionChoice(boolean gzip, String reason) {

	static CompressionChoice decide(Compression mode, boolean inCluster, String server) {
		return switch (mode == null ? Compression.AUTO : mode) {
			case ON -> new CompressionChoice(true, "kubeprint.clusters[].compression=on");
			case OFF -> new CompressionChoice(false, "kubeprint.clusters[].compression=off");
			case AUTO -> auto(inCluster, server);
		};
	}

	private static CompressionChoice auto(boolean inCluster, String server) {
		if (inCluster) {
			return new CompressionChoice(false, "auto: in-cluster, the API server is on the cluster's own network");
		}
		String host = host(server);
		if (host.isEmpty()) {
			return new CompressionChoice(true, "auto: no host in '" + server + "', treated as remote");
		}
		String near = nearHost(host);
		return near != null ? new CompressionChoice(false, "auto: " + host + " is " + near)
				: new CompressionChoice(true, "auto: " + host + " is not a loopback, private or in-cluster address");
	}

	/** What makes the host near, or null when nothing does. */
	static String nearHost(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		if (h.endsWith(".")) {
			h = h.substring(0, h.length() - 1);
		}
		if ("localhost".equals(h) || h.endsWith(".localhost")) {
			return "loopback";
		}
		if (h.endsWith(".svc") || h.endsWith(".cluster.local") || "kubernetes.default".equals(h)) {
			return "an in-cluster service name";
		}
		InetAddress ip = literal(h);
		if (ip == null) {
			return null;
		}
		if (ip.isLoopbackAddress() || ip.isAnyLocalAddress()) {
			return "loopback";
		}
		if (ip.isLinkLocalAddress()) {
			return "a link-local address";
		}
		if (ip instanceof Inet4Address && ip.isSiteLocalAddress()) {
			return "a private address (RFC 1918)";
		}
		// fc00::/7; Java's isSiteLocalAddress means the long-deprecated fec0::/10 for IPv6.
		if (ip instanceof Inet6Address && (ip.getAddress()[0] & 0xfe) == 0xfc) {
			return "a unique local address (RFC 4193)";
		}
		return null;
	}

	private static String host(String server) {
		try {
			String host = URI.create(server).getHost();
			if (host == null) {
				return "";
			}
			return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	/** An IP literal as an address, without a lookup; null for a host name. */
	private static InetAddress literal(String host) {
		boolean v4 = host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
		boolean v6 = host.indexOf(':') >= 0 && host.matches("[0-9a-f:.%a-z0-9]+");
		if (!v4 && !v6) {
			return null;
		}
		try {
			// A literal is parsed, never looked up, so this cannot block on DNS.
			return InetAddress.getByName(host);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
