package dev.kubeprint.testing;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Kubernetes objects as JSON documents for analyzer fixtures of the nodes, network, versions and scale pages:
 * each method returns one object, with only the fields that matter to the test named in its arguments.
 */
public final class KubeJson {

	public static final String AT = "2026-11-20T08:00:00Z";

	private KubeJson() {
	}

	/** Facts of these objects, each read as a JSON file through the product's snapshot reader. */
	public static TestFacts facts(Object... objects) {
		TestFacts facts = TestFacts.yaml();
		for (int i = 0; i < objects.length; i++) {
			facts.file("doc-" + i + ".json", objects[i].toString());
		}
		return facts;
	}

	public static String version(String gitVersion) {
		String minor = gitVersion.replaceAll("v?\\d+\\.(\\d+).*", "$1");
		return "{\"major\":\"1\",\"minor\":\"" + minor + "\",\"gitVersion\":\"" + gitVersion
				+ "\",\"platform\":\"linux/amd64\"}";
	}

	/** A Ready worker with 8 cores, 32 GiB and 110 pods, on containerd 1.7.22 and kubelet v1.30.6. */
	public static Node node(String name) {
		return new Node(name);
	}

	/** A node built up field by field; {@link #toString()} is its JSON. */
	public static final class Node {

		private final String name;

		private String pool = "general";

		private String zone = "zone-a";

		private String role = "";

		private String ready = "True";

		private String pressure = "";

		private String kubelet = "v1.30.6";

		private String proxy = "v1.30.6";

		private String runtime = "containerd://1.7.22";

		private String cpu = "8";

		private String pods = "110";

		private String podCidr = "";

		private String ip = "";

		private boolean unschedulable;

		Node(String name) {
			this.name = name;
		}

		public Node pool(String pool, String zone) {
			this.pool = pool;
			this.zone = zone;
			return this;
		}

		public Node role(String role) {
			this.role = role;
			return this;
		}

		public Node ready(String status) {
			this.ready = status;
			return this;
		}

		public Node pressure(String type) {
			this.pressure = type;
			return this;
		}

		public Node kubelet(String version) {
			this.kubelet = version;
			this.proxy = version;
			return this;
		}

		public Node runtime(String runtime) {
			this.runtime = runtime;
			return this;
		}

		public Node cpu(String cpu) {
			this.cpu = cpu;
			return this;
		}

		public Node pods(String pods) {
			this.pods = pods;
			return this;
		}

		public Node podCidr(String podCidr) {
			this.podCidr = podCidr;
			return this;
		}

		public Node ip(String ip) {
			this.ip = ip;
			return this;
		}

		public Node cordoned() {
			this.unschedulable = true;
			return this;
		}

		@Override
		public String toString() {
			String labels = "\"node-pool\":\"" + pool + "\",\"topology.kubernetes.io/zone\":\"" + zone + "\""
					+ (role.isEmpty() ? "" : ",\"node-role.kubernetes.io/" + role + "\":\"\"");
			String conditions = "{\"type\":\"Ready\",\"status\":\"" + ready
					+ "\",\"reason\":\"KubeletReady\",\"message\":\"kubelet is posting ready status\",\"lastHeartbeatTime\":\""
					+ AT + "\",\"lastTransitionTime\":\"2026-11-01T00:00:00Z\"}";
			if (!pressure.isEmpty()) {
				conditions += ",{\"type\":\"" + pressure + "\",\"status\":\"True\",\"reason\":\"KubeletHas" + pressure
						+ "\",\"message\":\"\",\"lastTransitionTime\":\"2026-11-20T06:12:40Z\"}";
			}
			String spec = "\"providerID\":\"\"" + (unschedulable ? ",\"unschedulable\":true" : "")
					+ (podCidr.isEmpty() ? "" : ",\"podCIDR\":\"" + podCidr + "\",\"podCIDRs\":[\"" + podCidr + "\"]");
			String addresses = ip.isEmpty() ? "[]" : "[{\"type\":\"InternalIP\",\"address\":\"" + ip + "\"}]";
			return """
					{"apiVersion":"v1","kind":"Node","metadata":{"name":"%s","labels":{%s}},"spec":{%s},
					 "status":{"capacity":{"cpu":"%s","memory":"32Gi","pods":"%s"},"allocatable":{"cpu":"%s","memory":"32Gi","pods":"%s"},
					 "addresses":%s,"conditions":[%s],
					 "nodeInfo":{"kubeletVersion":"%s","kubeProxyVersion":"%s","containerRuntimeVersion":"%s","osImage":"Ubuntu 22.04.4 LTS","kernelVersion":"5.15.0-105-generic"}}}
					""".formatted(name, labels, spec, cpu, pods, cpu, pods, addresses, conditions, kubelet, proxy,
					runtime);
		}

	}

	/** A running pod with requests, owned by a ReplicaSet. */
	public static String pod(String namespace, String name, String node, String cpu, String memory) {
		return """
				{"apiVersion":"v1","kind":"Pod","metadata":{"name":"%s","namespace":"%s","ownerReferences":[{"kind":"ReplicaSet","name":"rs","controller":true}]},
				 "spec":{"nodeName":"%s","containers":[{"name":"c","image":"app:1","resources":{"requests":{"cpu":"%s","memory":"%s"}}}]},
				 "status":{"phase":"Running","podIP":"10.244.0.9","conditions":[{"type":"Ready","status":"True"}]}}
				""".formatted(name, namespace, node, cpu, memory);
	}

	/** A pod of a kube-system DaemonSet, with the command line its first container runs. */
	public static String daemonSetPod(String name, String daemonSet, String node, boolean ready, String... command) {
		return """
				{"apiVersion":"v1","kind":"Pod","metadata":{"name":"%s","namespace":"kube-system","labels":{"k8s-app":"%s"},"ownerReferences":[{"kind":"DaemonSet","name":"%s","controller":true}]},
				 "spec":{"nodeName":"%s","hostNetwork":true,"containers":[{"name":"c","image":"registry.k8s.io/%s:v1.30.6","command":[%s]}]},
				 "status":{"phase":"Running","conditions":[{"type":"Ready","status":"%s"}]}}
				""".formatted(name, daemonSet, daemonSet, node, daemonSet, quoted(command), ready ? "True" : "False");
	}

	/** A control-plane static pod, e.g. kube-apiserver-cp-1, with its image's version and its flags. */
	public static String staticPod(String component, String node, String version, String... command) {
		return """
				{"apiVersion":"v1","kind":"Pod","metadata":{"name":"%s-%s","namespace":"kube-system","labels":{"component":"%s","tier":"control-plane"},"ownerReferences":[{"kind":"Node","name":"%s","controller":true}]},
				 "spec":{"nodeName":"%s","hostNetwork":true,"containers":[{"name":"%s","image":"registry.k8s.io/%s:%s","command":[%s]}]},
				 "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}}
				""".formatted(component, node, component, node, node, component, component, version,
				quoted(command));
	}

	public static String configMap(String namespace, String name, Map<String, String> data) {
		String fields = data.entrySet()
			.stream()
			.map((e) -> quote(e.getKey()) + ":" + quote(e.getValue()))
			.collect(Collectors.joining(","));
		return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name
				+ "\",\"namespace\":\"" + namespace + "\"},\"data\":{" + fields + "}}";
	}

	/** A DaemonSet in kube-system with one container, its image and plain environment variables. */
	public static String daemonSet(String name, String image, Map<String, String> env) {
		String vars = env.entrySet()
			.stream()
			.map((e) -> "{\"name\":" + quote(e.getKey()) + ",\"value\":" + quote(e.getValue()) + "}")
			.collect(Collectors.joining(","));
		return """
				{"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"%s","namespace":"kube-system"},
				 "spec":{"template":{"spec":{"containers":[{"name":"c","image":"%s","env":[%s]}]}}},
				 "status":{"desiredNumberScheduled":3,"numberReady":3,"numberAvailable":3}}
				""".formatted(name, image, vars);
	}

	public static String namespace(String name, Map<String, String> labels) {
		String fields = labels.entrySet()
			.stream()
			.map((e) -> quote(e.getKey()) + ":" + quote(e.getValue()))
			.collect(Collectors.joining(","));
		return "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"" + name
				+ "\",\"labels\":{" + fields + "}},\"status\":{\"phase\":\"Active\"}}";
	}

	public static String service(String namespace, String name) {
		return """
				{"apiVersion":"v1","kind":"Service","metadata":{"name":"%s","namespace":"%s"},"spec":{"type":"ClusterIP","clusterIP":"10.96.0.20","ports":[{"port":80,"protocol":"TCP"}]}}
				""".formatted(name, namespace);
	}

	/** An EndpointSlice of a Service with this many ready endpoints. */
	public static String endpointSlice(String namespace, String name, String service, int endpoints) {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < endpoints; i++) {
			list.append(i == 0 ? "" : ",")
				.append("{\"addresses\":[\"10.244.")
				.append(i / 250)
				.append('.')
				.append(i % 250)
				.append("\"],\"conditions\":{\"ready\":true}}");
		}
		return """
				{"apiVersion":"discovery.k8s.io/v1","kind":"EndpointSlice","metadata":{"name":"%s","namespace":"%s","labels":{"kubernetes.io/service-name":"%s"}},"addressType":"IPv4","endpoints":[%s]}
				""".formatted(name, namespace, service, list);
	}

	/** A Secret whose one value decodes to {@code bytes} bytes. */
	public static String secret(String namespace, String name, int bytes) {
		String value = java.util.Base64.getEncoder().encodeToString(new byte[bytes]);
		return "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\""
				+ namespace + "\"},\"type\":\"Opaque\",\"data\":{\"k\":\"" + value + "\"}}";
	}

	static String quoted(String... words) {
		return java.util.Arrays.stream(words).map(KubeJson::quote).collect(Collectors.joining(","));
	}

	static String quote(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				default -> b.append(c);
			}
		}
		return b.append('"').toString();
	}

}
