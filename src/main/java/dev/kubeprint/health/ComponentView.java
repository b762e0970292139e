package dev.kubeprint.health;

import java.util.List;
import dev.kubeprint.i18n.Units;

/**
 * One row of a component table and one box of the diagram: the reference's columns beside the live ones.
 *
 * @param ports as the reference gives them, e.g. "2379/2380"
 * @param ha the reference's HA method; null for worker components
 * @param haLive how it is actually run here, in words ("3 replicas, leader election, holder cp-2 ...")
 * @param instances where it runs
 * @param summary ready/total in words, e.g. "3/3 ready"
 * @param reason why it has this health
 * @param evidence what the health is based on (pods, a lease, node status ...)
 * @param leader the full holder identity of the component's leader election ("cp-2_6f1c…"), "" when none is
 * known; the page may shorten it to the node
 */
public record ComponentView(String id, String ports, String portNotes, String function, String ha, String haLive,
		String failureImpact, List<String> metrics, List<String> diagnose, List<InstanceView> instances,
		String summary, Health health, String reason, String evidence, String leader) {

	public ComponentView {
		metrics = List.copyOf(metrics);
		diagnose = List.copyOf(diagnose);
		instances = List.copyOf(instances);
	}

	/** "cp-2" of "cp-2_6f1c…": leader election holders are the host name, an underscore and a UUID. */
	public String leaderNode() {
		int i = leader.indexOf('_');
		return i < 0 ? leader : leader.substring(0, i);
	}

	public String portsShown() {
		return Units.orUnknown(ports);
	}

	/**
	 * One place a component runs: a pod, or a node for node agents.
	 *
	 * @param image the image it runs, whose tag is the component's version (k8s.gcr.io/etcd:3.4.13-0); "" when
	 * not known
	 */
	public record InstanceView(String name, String node, boolean ready, int restarts, String image) {
	}

}
