package dev.kubeprint.bench;

/**
 * Pods and nodes as a kube-apiserver v1.28 writes them, from the recorded shapes in
 * {@code shared/fixtures/real-apiserver-v1.28/} grown to what a running workload carries: a pod of about 9.4 KB
 * (two containers with probes, env and security contexts, a projected service-account volume, managedFields of
 * two managers, a Running status with container statuses) and a node of about 3.2 KB (managedFields: kubelet,
 * its status subresource and kube-controller-manager; no image list). Values vary by index so no two objects
 * are the same bytes.
 */
final class RealisticObjects {

	private static final Template POD = Template.load("/bench/realistic-pod.json", "name", "ns", "uid", "app", "rv",
			"node", "hostIP", "podIP", "restarts", "owner");

	private static final Template NODE = Template.load("/bench/realistic-node.json", "name", "uid", "rv", "zone",
			"pool", "cidr", "instance", "ip");

	private RealisticObjects() {
	}

	static byte[] pod(GeneratedCluster cluster, int i, long resourceVersion) {
		int app = i % 500;
		int host = i % cluster.nodes;
		return POD.render(GeneratedCluster.podName(i), "team-" + (app % 40), GeneratedCluster.uid(i, 'p'),
				String.valueOf(app), String.valueOf(resourceVersion), cluster.nodeName(host), nodeIp(host),
				"10." + (host / 250) % 250 + "." + host % 250 + "." + i % 110, String.valueOf(resourceVersion % 5),
				GeneratedCluster.uid(app, 'r'));
	}

	static byte[] node(GeneratedCluster cluster, int i, long resourceVersion) {
		String zone = "zone-" + (i % 3);
		String uid = GeneratedCluster.uid(i, 'n');
		return NODE.render(cluster.nodeName(i), uid, String.valueOf(resourceVersion), zone,
				i % 10 == 0 ? "memory" : "general", "10." + (i / 250) % 250 + "." + i % 250 + ".0/24",
				uid.replace("-", "").substring(0, 17), nodeIp(i));
	}

	private static String nodeIp(int i) {
		return "10.0." + (i / 250) % 250 + "." + i % 250;
	}

}
