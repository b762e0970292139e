package dev.kubeprint.cluster.facts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A node, reduced to what the panels use.
 *
 * @param labels all labels: grouping keys (pool, zone) are configurable, so none can be dropped early
 * @param roles from node-role.kubernetes.io/* labels
 * @param ready the Ready condition; null when the node reports none
 * @param conditions the other conditions as reported (MemoryPressure, NetworkUnavailable, EtcdIsVoter ...): which
 * of them is a problem is judged by health.NodeHealth from the reference, not here
 * @param taints as kubectl prints them: key=value:Effect
 * @param attachableVolumes how many volumes of each in-tree kind the node can attach, from its allocatable
 * attachable-volumes-* entries (azure-disk, aws-ebs, gce-pd …) as older kubelets report them
 * @param annotations only the families that tell how the node was set up (rke2.io/, kubeadm.alpha.kubernetes.io/
 * ...; see the node projection), never all: they are large and mostly noise
 */
public record NodeFact(String name, Map<String, String> labels, List<String> roles, boolean unschedulable,
		ConditionFact ready, List<ConditionFact> conditions, List<String> taints, NodeInfo info, String internalIp,
		List<String> podCidrs, String providerId, Resources capacity, Resources allocatable, Instant created,
		Map<String, String> annotations, Map<String, Long> attachableVolumes) {

	public NodeFact {
		attachableVolumes = (attachableVolumes != null) ? Map.copyOf(attachableVolumes) : Map.of();
		labels = Map.copyOf(labels);
		roles = List.copyOf(roles);
		conditions = List.copyOf(conditions);
		taints = List.copyOf(taints);
		podCidrs = List.copyOf(podCidrs);
		annotations = Map.copyOf(annotations);
	}

	/** Ready only when the Ready condition says True: Unknown (unreachable) and False are both not ready. */
	public boolean isReady() {
		return ready != null && ready.isTrue();
	}

	public String label(String key) {
		return labels.get(key);
	}

	/** nodeInfo of the node's status. */
	public record NodeInfo(String kubeletVersion, String kubeProxyVersion, String containerRuntime,
			String osImage, String kernelVersion, String architecture, String operatingSystem) {

		public static final NodeInfo UNKNOWN = new NodeInfo("", "", "", "", "", "", "");

		/** "containerd" of "containerd://1.7.22". */
		public String runtimeName() {
			int i = containerRuntime.indexOf("://");
			return i < 0 ? containerRuntime : containerRuntime.substring(0, i);
		}

		public String runtimeVersion() {
			int i = containerRuntime.indexOf("://");
			return i < 0 ? "" : containerRuntime.substring(i + 3);
		}

	}

}
