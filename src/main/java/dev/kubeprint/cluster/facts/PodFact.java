package dev.kubeprint.cluster.facts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pod, reduced to what the panels use: at 150,000 pods every field here costs megabytes, so nothing is
 * kept on speculation.
 *
 * @param nodeName empty while unscheduled
 * @param restarts summed over containers
 * @param requests summed over containers (pods = 1)
 * @param claimNames PersistentVolumeClaims the pod mounts
 * @param ownerKind kind of the controller owner (ReplicaSet, DaemonSet, Node for static pods ...), or empty
 * @param component what the pod is, from its component, k8s-app, app.kubernetes.io/name or app label
 * @param flags command-line flags of the first container, kept for kube-system pods only (control plane,
 * kube-proxy, CNI agents) where they tell configuration
 * @param reason why it is not fine, when it is not: Unschedulable, CrashLoopBackOff, ImagePullBackOff ...
 * @param message the message that goes with the reason
 * @param image the first container's image, kept for kube-system pods only: it tells the version of
 * control-plane components for the skew policy
 * @param appArmorAnnotations whether the pod still sets AppArmor profiles by the beta annotations that the
 * securityContext fields replace (GA in 1.30)
 * @param sidecars whether an init container has restartPolicy Always: a native sidecar container
 * @param program what the first container runs, kept for kube-system pods only: the base name of its first
 * command word ("kube-apiserver" of /usr/local/bin/kube-apiserver; hyperkube's sub-command), so a component
 * is found by what it runs, whatever its name and labels; "" when not known
 * @param deletionTimestamp when deletion was asked for (the pod is terminating), null while it is not: a pod on an
 * unreachable node keeps its phase Running long after it was evicted
 */
public record PodFact(String namespace, String name, String nodeName, String phase, boolean ready, int restarts,
		Resources requests, List<String> claimNames, String ownerKind, String ownerName, String component,
		Map<String, String> flags, String reason, String message, String podIp, boolean hostNetwork,
		Instant created, String image, boolean appArmorAnnotations, boolean sidecars, String program,
		Instant deletionTimestamp) {

	public PodFact {
		claimNames = List.copyOf(claimNames);
		flags = Map.copyOf(flags);
		program = (program != null) ? program : "";
	}

	/** A pod whose program is not known and that is not being deleted. */
	public PodFact(String namespace, String name, String nodeName, String phase, boolean ready, int restarts,
			Resources requests, List<String> claimNames, String ownerKind, String ownerName, String component,
			Map<String, String> flags, String reason, String message, String podIp, boolean hostNetwork,
			Instant created, String image, boolean appArmorAnnotations, boolean sidecars) {
		this(namespace, name, nodeName, phase, ready, restarts, requests, claimNames, ownerKind, ownerName, component,
				flags, reason, message, podIp, hostNetwork, created, image, appArmorAnnotations, sidecars, "", null);
	}

	public boolean scheduled() {
		return !nodeName.isEmpty();
	}

	public boolean running() {
		return "Running".equals(phase);
	}

	public boolean pending() {
		return "Pending".equals(phase);
	}

	public boolean terminating() {
		return deletionTimestamp != null;
	}

	/** Succeeded and Failed pods hold no resources on their node any more. */
	public boolean terminated() {
		return "Succeeded".equals(phase) || "Failed".equals(phase);
	}

}
