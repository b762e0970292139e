package dev.kubeprint.storage;

/** Small builders of Kubernetes YAML for storage fixtures; each returns one document. */
final class StorageYaml {

	static final String DRIVER = "ebs.csi.aws.com";

	private StorageYaml() {
	}

	static String node(String name, String zone) {
		return """
				apiVersion: v1
				kind: Node
				metadata: {name: %s, labels: {topology.ebs.csi.aws.com/zone: "%s"}}
				status:
				  conditions: [{type: Ready, status: "True"}]
				""".formatted(name, zone);
	}

	static String pod(String namespace, String name, String node, String claim, boolean ready) {
		return """
				apiVersion: v1
				kind: Pod
				metadata: {name: %s, namespace: %s}
				spec:
				  nodeName: "%s"
				  containers: [{name: c}]
				  volumes: [{name: data, persistentVolumeClaim: {claimName: %s}}]
				status:
				  phase: %s
				  conditions: [{type: Ready, status: "%s"}]
				""".formatted(name, namespace, node, claim, node.isEmpty() || !ready ? "Pending" : "Running",
				ready ? "True" : "False");
	}

	/** @param storageClass null for none named (the default applies), "" for "no class" */
	static String pvc(String namespace, String name, String storageClass, String request, String phase,
			String volumeName, String capacity, String... trueConditions) {
		StringBuilder conditions = new StringBuilder();
		for (String condition : trueConditions) {
			conditions.append("\n  - {type: ").append(condition).append(", status: \"True\"}");
		}
		return """
				apiVersion: v1
				kind: PersistentVolumeClaim
				metadata: {name: %s, namespace: %s}
				spec:
				  accessModes: [ReadWriteOnce]
				  resources: {requests: {storage: %s}}
				  volumeMode: Filesystem%s%s
				status:
				  phase: %s%s%s
				""".formatted(name, namespace, request,
				storageClass == null ? "" : "\n  storageClassName: \"" + storageClass + "\"",
				volumeName.isEmpty() ? "" : "\n  volumeName: " + volumeName, phase,
				capacity.isEmpty() ? "" : "\n  accessModes: [ReadWriteOnce]\n  capacity: {storage: " + capacity + "}",
				trueConditions.length == 0 ? "" : "\n  conditions:" + conditions);
	}

	static String pv(String name, String phase, String capacity, String storageClass, String claim, String zone) {
		String[] nsName = claim.split("/");
		return """
				apiVersion: v1
				kind: PersistentVolume
				metadata: {name: %s}
				spec:
				  accessModes: [ReadWriteOnce]
				  capacity: {storage: %s}
				  claimRef: {kind: PersistentVolumeClaim, namespace: %s, name: %s}
				  csi:
				    driver: %s
				    volumeHandle: vol-%s
				    volumeAttributes: {type: gp3, storage.kubernetes.io/csiProvisionerIdentity: "1-2-x"}
				  nodeAffinity:
				    required:
				      nodeSelectorTerms:
				      - matchExpressions: [{key: topology.ebs.csi.aws.com/zone, operator: In, values: [%s]}]
				  persistentVolumeReclaimPolicy: Retain
				  storageClassName: "%s"
				status: {phase: %s, message: "%s"}
				""".formatted(name, capacity, nsName[0], nsName[1], DRIVER, name, zone, storageClass, phase,
				"Failed".equals(phase) ? "error deleting EBS volume: VolumeInUse" : "");
	}

	static String inTreePv(String name, String claim) {
		String[] nsName = claim.split("/");
		return """
				apiVersion: v1
				kind: PersistentVolume
				metadata: {name: %s}
				spec:
				  accessModes: [ReadWriteOnce]
				  capacity: {storage: 8Gi}
				  claimRef: {kind: PersistentVolumeClaim, namespace: %s, name: %s}
				  awsElasticBlockStore: {volumeID: vol-0abc, fsType: ext4}
				  persistentVolumeReclaimPolicy: Delete
				  storageClassName: ""
				status: {phase: Bound}
				""".formatted(name, nsName[0], nsName[1]);
	}

	static String storageClass(String name, String provisioner, String bindingMode, boolean isDefault,
			boolean expansion) {
		return storageClass(name, provisioner, bindingMode, isDefault, expansion, "2026-01-01T00:00:00Z");
	}

	static String storageClass(String name, String provisioner, String bindingMode, boolean isDefault,
			boolean expansion, String created) {
		return """
				apiVersion: storage.k8s.io/v1
				kind: StorageClass
				metadata:
				  name: %s
				  creationTimestamp: "%s"
				  annotations: {storageclass.kubernetes.io/is-default-class: "%s"}
				provisioner: %s
				parameters: {type: gp3}
				reclaimPolicy: Delete
				volumeBindingMode: %s
				allowVolumeExpansion: %s
				""".formatted(name, created, isDefault, provisioner, bindingMode, expansion);
	}

	static String csiDriver(String name, boolean attachRequired) {
		return """
				apiVersion: storage.k8s.io/v1
				kind: CSIDriver
				metadata: {name: %s}
				spec: {attachRequired: %s, podInfoOnMount: false, fsGroupPolicy: File}
				""".formatted(name, attachRequired);
	}

	static String csiNode(String name, String... drivers) {
		StringBuilder list = new StringBuilder();
		for (String driver : drivers) {
			list.append("\n  - {name: ").append(driver).append(", nodeID: i-").append(name)
				.append(", allocatable: {count: 25}}");
		}
		return """
				apiVersion: storage.k8s.io/v1
				kind: CSINode
				metadata: {name: %s}
				spec:
				  drivers:%s
				""".formatted(name, drivers.length == 0 ? " []" : list.toString());
	}

	/** A CSINode whose kubelet serves the given in-tree plugins through CSI, as the kubelet writes it. */
	static String csiNodeMigrated(String name, String plugins, String... drivers) {
		return csiNode(name, drivers).replace("metadata: {name: " + name + "}", "metadata:\n  name: " + name
				+ "\n  annotations: {storage.alpha.kubernetes.io/migrated-plugins: \"" + plugins + "\"}");
	}

	static String attachment(String name, String node, String pv, boolean attached, String attachError,
			String detachError) {
		return """
				apiVersion: storage.k8s.io/v1
				kind: VolumeAttachment
				metadata: {name: %s}
				spec: {attacher: %s, nodeName: %s, source: {persistentVolumeName: %s}}
				status:
				  attached: %s%s%s
				""".formatted(name, DRIVER, node, pv, attached,
				attachError.isEmpty() ? "" : "\n  attachError: {message: \"" + attachError + "\"}",
				detachError.isEmpty() ? "" : "\n  detachError: {message: \"" + detachError + "\"}");
	}

}
