package dev.kubeprint.bench;

import java.nio.charset.StandardCharsets;

/**
 * A cluster of any size, generated object by object from its index, so the fake API server can serve
 * 150,000 pods without holding them. Since decoding cost is what is being measured, objects are shaped like a
 * real server's ({@link RealisticObjects}, the default); the {@code LEGACY} shape (5.3 KB pods, 2.2 KB nodes,
 * one short managedFields entry each) is kept only to compare with the figures measured on it before.
 */
final class GeneratedCluster {

	enum Shape {
		REALISTIC, LEGACY
	}

	final int nodes;

	final int pods;

	final Shape shape;

	GeneratedCluster(int nodes, int pods) {
		this(nodes, pods, Shape.REALISTIC);
	}

	GeneratedCluster(int nodes, int pods, Shape shape) {
		this.nodes = nodes;
		this.pods = pods;
		this.shape = shape;
	}

	byte[] node(int i, long resourceVersion) {
		return shape == Shape.LEGACY ? legacyNode(i, resourceVersion) : RealisticObjects.node(this, i, resourceVersion);
	}

	byte[] pod(int i, long resourceVersion) {
		return shape == Shape.LEGACY ? legacyPod(i, resourceVersion) : RealisticObjects.pod(this, i, resourceVersion);
	}

	static String podName(int i) {
		return "app-" + (i % 500) + "-7d9f8c6b5-" + Integer.toString(1_000_000 + i, 36);
	}

	String nodeName(int i) {
		return "node-" + String.format("%05d", i);
	}

	private byte[] legacyNode(int i, long resourceVersion) {
		String name = nodeName(i);
		String zone = "zone-" + (i % 3);
		String pool = i % 10 == 0 ? "memory" : "general";
		return ("""
				{"metadata":{"name":"%1$s","uid":"%2$s","resourceVersion":"%3$d","creationTimestamp":"2026-10-01T00:00:00Z",\
				"labels":{"beta.kubernetes.io/arch":"amd64","beta.kubernetes.io/os":"linux","kubernetes.io/arch":"amd64",\
				"kubernetes.io/hostname":"%1$s","kubernetes.io/os":"linux","node-pool":"%4$s",\
				"node.kubernetes.io/instance-type":"m6.4xlarge","topology.kubernetes.io/region":"region-1",\
				"topology.kubernetes.io/zone":"%5$s"},"annotations":{"node.alpha.kubernetes.io/ttl":"0",\
				"volumes.kubernetes.io/controller-managed-attach-detach":"true"}},\
				"spec":{"podCIDR":"10.%6$d.%7$d.0/24","podCIDRs":["10.%6$d.%7$d.0/24"],"providerID":"aws:///%5$s/i-%2$.17s"},\
				"status":{"capacity":{"cpu":"16","ephemeral-storage":"101203600Ki","memory":"65851340Ki","pods":"110"},\
				"allocatable":{"cpu":"15800m","ephemeral-storage":"93268973Ki","memory":"64700000Ki","pods":"110"},\
				"conditions":[\
				{"type":"MemoryPressure","status":"False","lastHeartbeatTime":"2026-11-24T23:41:21Z","lastTransitionTime":"2026-10-01T00:00:00Z","reason":"KubeletHasSufficientMemory","message":"kubelet has sufficient memory available"},\
				{"type":"DiskPressure","status":"False","lastHeartbeatTime":"2026-11-24T23:41:21Z","lastTransitionTime":"2026-10-01T00:00:00Z","reason":"KubeletHasNoDiskPressure","message":"kubelet has no disk pressure"},\
				{"type":"PIDPressure","status":"False","lastHeartbeatTime":"2026-11-24T23:41:21Z","lastTransitionTime":"2026-10-01T00:00:00Z","reason":"KubeletHasSufficientPID","message":"kubelet has sufficient PID available"},\
				{"type":"Ready","status":"True","lastHeartbeatTime":"2026-11-24T23:41:21Z","lastTransitionTime":"2026-10-01T00:00:00Z","reason":"KubeletReady","message":"kubelet is posting ready status"}],\
				"addresses":[{"type":"InternalIP","address":"10.0.%6$d.%7$d"},{"type":"Hostname","address":"%1$s"}],\
				"daemonEndpoints":{"kubeletEndpoint":{"Port":10250}},\
				"nodeInfo":{"machineID":"ec2d3f0c6f1e4a0d9d3e8b1c2a4f5e6d","systemUUID":"ec2d3f0c-6f1e-4a0d-9d3e-8b1c2a4f5e6d",\
				"bootID":"5b0d4c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e","kernelVersion":"5.15.0-119-generic","osImage":"Ubuntu 22.04.4 LTS",\
				"containerRuntimeVersion":"containerd://1.7.22","kubeletVersion":"v1.30.6","kubeProxyVersion":"v1.30.6",\
				"operatingSystem":"linux","architecture":"amd64"}}}"""
			.formatted(name, uid(i, 'n'), resourceVersion, pool, zone, (i / 250) % 250, i % 250)).getBytes(StandardCharsets.UTF_8);
	}

	private byte[] legacyPod(int i, long resourceVersion) {
		int app = i % 500;
		String ns = "team-" + (app % 40);
		String name = podName(i);
		String node = nodeName(i % nodes);
		return ("""
				{"metadata":{"name":"%1$s","generateName":"app-%4$d-7d9f8c6b5-","namespace":"%2$s","uid":"%3$s",\
				"resourceVersion":"%5$d","creationTimestamp":"2026-11-01T10:00:00Z",\
				"labels":{"app":"app-%4$d","app.kubernetes.io/name":"app-%4$d","app.kubernetes.io/part-of":"shop",\
				"pod-template-hash":"7d9f8c6b5","version":"v2.14.3"},\
				"annotations":{"kubectl.kubernetes.io/restartedAt":"2026-11-01T09:59:00Z","prometheus.io/scrape":"true","prometheus.io/port":"9090"},\
				"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"app-%4$d-7d9f8c6b5",\
				"uid":"57cddf31-1c4e-443f-800e-c151c80ebcbf","controller":true,"blockOwnerDeletion":true}],\
				"managedFields":[{"manager":"kube-controller-manager","operation":"Update","apiVersion":"v1","time":"2026-11-01T10:00:00Z",\
				"fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:generateName":{},"f:labels":{".":{},"f:app":{},"f:pod-template-hash":{}},\
				"f:ownerReferences":{".":{},"k:{\\"uid\\":\\"57cddf31-1c4e-443f-800e-c151c80ebcbf\\"}":{}}},\
				"f:spec":{"f:containers":{"k:{\\"name\\":\\"app\\"}":{".":{},"f:env":{},"f:image":{},"f:imagePullPolicy":{},"f:name":{},\
				"f:ports":{},"f:readinessProbe":{},"f:resources":{".":{},"f:limits":{},"f:requests":{}}}},"f:dnsPolicy":{},\
				"f:restartPolicy":{},"f:schedulerName":{},"f:securityContext":{},"f:terminationGracePeriodSeconds":{}}}},\
				{"manager":"kubelet","operation":"Update","apiVersion":"v1","time":"2026-11-01T10:00:05Z","fieldsType":"FieldsV1",\
				"fieldsV1":{"f:status":{"f:conditions":{},"f:containerStatuses":{},"f:hostIP":{},"f:phase":{},"f:podIP":{},"f:podIPs":{},\
				"f:startTime":{}}},"subresource":"status"}]},\
				"spec":{"volumes":[{"name":"kube-api-access-x7k2p","projected":{"sources":[{"serviceAccountToken":{"expirationSeconds":3607,"path":"token"}},\
				{"configMap":{"name":"kube-root-ca.crt","items":[{"key":"ca.crt","path":"ca.crt"}]}},\
				{"downwardAPI":{"items":[{"path":"namespace","fieldRef":{"apiVersion":"v1","fieldPath":"metadata.namespace"}}]}}],"defaultMode":420}},\
				{"name":"config","configMap":{"name":"app-%4$d-config","defaultMode":420}}],\
				"containers":[{"name":"app","image":"registry.example.com/shop/app-%4$d:v2.14.3",\
				"ports":[{"name":"http","containerPort":8080,"protocol":"TCP"},{"name":"metrics","containerPort":9090,"protocol":"TCP"}],\
				"env":[{"name":"JAVA_TOOL_OPTIONS","value":"-XX:MaxRAMPercentage=75"},{"name":"SPRING_PROFILES_ACTIVE","value":"prod"},\
				{"name":"POD_NAME","valueFrom":{"fieldRef":{"apiVersion":"v1","fieldPath":"metadata.name"}}}],\
				"resources":{"limits":{"memory":"512Mi"},"requests":{"cpu":"250m","memory":"384Mi"}},\
				"volumeMounts":[{"name":"config","mountPath":"/config"},{"name":"kube-api-access-x7k2p","readOnly":true,\
				"mountPath":"/var/run/secrets/kubernetes.io/serviceaccount"}],\
				"readinessProbe":{"httpGet":{"path":"/actuator/health/readiness","port":8080,"scheme":"HTTP"},"initialDelaySeconds":10,\
				"timeoutSeconds":1,"periodSeconds":10,"successThreshold":1,"failureThreshold":3},\
				"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File","imagePullPolicy":"IfNotPresent"},\
				{"name":"proxy","image":"registry.example.com/mesh/proxy:1.22.4","resources":{"requests":{"cpu":"50m","memory":"64Mi"}},\
				"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File","imagePullPolicy":"IfNotPresent"}],\
				"restartPolicy":"Always","terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst","serviceAccountName":"default",\
				"serviceAccount":"default","nodeName":"%6$s","securityContext":{},"schedulerName":"default-scheduler",\
				"tolerations":[{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300},\
				{"key":"node.kubernetes.io/unreachable","operator":"Exists","effect":"NoExecute","tolerationSeconds":300}],\
				"priority":0,"enableServiceLinks":true,"preemptionPolicy":"PreemptLowerPriority"},\
				"status":{"phase":"Running","conditions":[\
				{"type":"PodReadyToStartContainers","status":"True","lastProbeTime":null,"lastTransitionTime":"2026-11-01T10:00:03Z"},\
				{"type":"Initialized","status":"True","lastProbeTime":null,"lastTransitionTime":"2026-11-01T10:00:01Z"},\
				{"type":"Ready","status":"True","lastProbeTime":null,"lastTransitionTime":"2026-11-01T10:00:15Z"},\
				{"type":"ContainersReady","status":"True","lastProbeTime":null,"lastTransitionTime":"2026-11-01T10:00:15Z"},\
				{"type":"PodScheduled","status":"True","lastProbeTime":null,"lastTransitionTime":"2026-11-01T10:00:00Z"}],\
				"hostIP":"10.0.%7$d.%8$d","hostIPs":[{"ip":"10.0.%7$d.%8$d"}],"podIP":"10.%7$d.%8$d.%9$d","podIPs":[{"ip":"10.%7$d.%8$d.%9$d"}],\
				"startTime":"2026-11-01T10:00:01Z","containerStatuses":[\
				{"name":"app","state":{"running":{"startedAt":"2026-11-01T10:00:04Z"}},"lastState":{},"ready":true,"restartCount":%10$d,\
				"image":"registry.example.com/shop/app-%4$d:v2.14.3","imageID":"registry.example.com/shop/app-%4$d@sha256:9b1c6f5e3a2d4c8b7e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d",\
				"containerID":"containerd://4f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0","started":true},\
				{"name":"proxy","state":{"running":{"startedAt":"2026-11-01T10:00:03Z"}},"lastState":{},"ready":true,"restartCount":0,\
				"image":"registry.example.com/mesh/proxy:1.22.4","imageID":"registry.example.com/mesh/proxy@sha256:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b",\
				"containerID":"containerd://0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9","started":true}],\
				"qosClass":"Burstable"}}"""
			.formatted(name, ns, uid(i, 'p'), app, resourceVersion, node, (i / 250) % 250, i % 250, i % 110, resourceVersion % 5))
			.getBytes(StandardCharsets.UTF_8);
	}

	static String uid(int i, char kind) {
		return String.format("%08x-%04x-4%03x-8%03x-%012x", i * 2654435761L & 0xffffffffL, i & 0xffff, (int) kind, i % 4096,
				(long) i * 31);
	}

}
