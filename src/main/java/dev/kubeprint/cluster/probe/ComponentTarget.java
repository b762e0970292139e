package dev.kubeprint.cluster.probe;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.PodFact;

/**
 * Where to ask one instance of a control-plane component for its /healthz.
 *
 * @param component "kube-scheduler", "kube-controller-manager" or "cloud-controller-manager"
 * @param instance the pod name, or the host when there is no pod
 * @param host an IP address or a name
 * @param foundBy where the host came from, for the evidence: "pod kube-system/kube-scheduler-cp-1"
 * @param loopbackOnly true when the component listens on 127.0.0.1 only (kubeadm's --bind-address default),
 * so nothing outside its node can reach it
 */
public record ComponentTarget(String component, String instance, String host, int port, String foundBy,
		boolean loopbackOnly) {

	/** The secure ports the components listen on unless --secure-port says otherwise. */
	public static final Map<String, Integer> SECURE_PORTS = Map.of("kube-scheduler", 10259,
			"kube-controller-manager", 10257, "cloud-controller-manager", 10258);

	/** A target at a known host, on the component's default secure port. */
	public static ComponentTarget of(String component, String host, String foundBy) {
		return new ComponentTarget(component, host, host, SECURE_PORTS.getOrDefault(component, 0), foundBy, false);
	}

	/**
	 * The target a component's pod tells: its IP (static pods share their node's), its --secure-port and
	 * --bind-address. Empty for a pod of another component or one without an IP yet.
	 */
	public static Optional<ComponentTarget> fromPod(PodFact pod) {
		Integer defaultPort = SECURE_PORTS.get(pod.component());
		if (defaultPort == null || pod.podIp() == null || pod.podIp().isEmpty()) {
			return Optional.empty();
		}
		int port = defaultPort;
		String securePort = pod.flags().get("secure-port");
		if (securePort != null && securePort.matches("\\d{1,5}")) {
			port = Integer.parseInt(securePort);
		}
		String bind = pod.flags().getOrDefault("bind-address", "");
		boolean loopback = bind.startsWith("127.") || "::1".equals(bind) || "localhost".equals(bind);
		return Optional.of(new ComponentTarget(pod.component(), pod.name(), pod.podIp(), port,
				"pod " + pod.namespace() + "/" + pod.name(), loopback));
	}

	public URI healthz() {
		String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
		return URI.create("https://" + h + ":" + port + "/healthz");
	}

}
