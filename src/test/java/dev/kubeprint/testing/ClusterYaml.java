package dev.kubeprint.testing;

/** Small builders of Kubernetes YAML for analyzer fixtures; each returns one document. */
public final class ClusterYaml {

	public static final String AT = "2026-11-20T08:00:00Z";

	private ClusterYaml() {
	}

	public static String node(String name, String role, String pool, String zone, String ready) {
		return """
				apiVersion: v1
				kind: Node
				metadata:
				  name: %s
				  labels: {node-pool: "%s", topology.kubernetes.io/zone: "%s"%s}
				spec: {providerID: ""}
				status:
				  allocatable: {cpu: "8", memory: 32Gi, pods: "110"}
				  conditions:
				  - {type: Ready, status: "%s", reason: KubeletReady, message: "kubelet is posting ready status", lastHeartbeatTime: "%s", lastTransitionTime: "2026-11-01T00:00:00Z"}
				  nodeInfo: {kubeletVersion: v1.30.6, containerRuntimeVersion: "containerd://1.7.22"}
				""".formatted(name, pool, zone,
				role.isEmpty() ? "" : ", node-role.kubernetes.io/" + role + ": \"\"", ready, AT);
	}

	public static String systemPod(String name, String component, String node, boolean ready) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: kube-system, labels: {component: %s, tier: control-plane}, ownerReferences: [{kind: Node, name: %s, controller: true}]}
				spec: {nodeName: %s, containers: [{name: c, command: [%s, --leader-elect=true]}]}
				status:
				  phase: Running
				  conditions: [{type: Ready, status: "%s"}]
				  containerStatuses: [{restartCount: 0}]
				""".formatted(name, component, node, node, component, ready ? "True" : "False");
	}

	public static String daemonSetPod(String name, String daemonSet, String node, boolean ready) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: kube-system, labels: {k8s-app: %s}, ownerReferences: [{kind: DaemonSet, name: %s, controller: true}]}
				spec: {nodeName: %s}
				status: {phase: Running, conditions: [{type: Ready, status: "%s"}]}
				""".formatted(name, daemonSet, daemonSet, node, ready ? "True" : "False");
	}

	public static String lease(String name, String holder, String renewed, int transitions) {
		return """
				apiVersion: coordination.k8s.io/v1
				kind: Lease
				metadata: {name: %s, namespace: kube-system}
				spec: {holderIdentity: "%s_6f1c2b9e-1111-4c7a-9e2b-000000000000", leaseDurationSeconds: 15, renewTime: "%s", leaseTransitions: %d}
				""".formatted(name, holder, renewed, transitions);
	}

	public static String daemonSet(String name, int desired, int ready, String image) {
		return """
				apiVersion: apps/v1
				kind: DaemonSet
				metadata: {name: %s, namespace: kube-system}
				spec: {template: {spec: {containers: [{name: c, image: "%s"}]}}}
				status: {desiredNumberScheduled: %d, numberReady: %d, numberAvailable: %d}
				""".formatted(name, image, desired, ready, ready);
	}

	public static String version(String gitVersion) {
		return "{\"major\":\"1\",\"minor\":\"30\",\"gitVersion\":\"" + gitVersion + "\",\"platform\":\"linux/amd64\"}";
	}

	public static String kubeadmConfig(String endpoint, boolean externalEtcd) {
		String etcd = externalEtcd
				? "etcd:\\n  external:\\n    endpoints:\\n    - https://etcd-0.example.com:2379\\n    - https://etcd-1.example.com:2379\\n"
				: "etcd:\\n  local:\\n    dataDir: /var/lib/etcd\\n";
		return """
				{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"kubeadm-config","namespace":"kube-system"},
				 "data":{"ClusterConfiguration":"apiVersion: kubeadm.k8s.io/v1beta3\\nkind: ClusterConfiguration\\ncontrolPlaneEndpoint: %s\\n%snetworking:\\n  podSubnet: 10.244.0.0/16\\n  serviceSubnet: 10.96.0.0/12\\n"}}
				""".formatted(endpoint, etcd);
	}

}
