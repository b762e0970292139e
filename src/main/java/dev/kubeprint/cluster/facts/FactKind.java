package dev.kubeprint.cluster.facts;

import java.util.List;
import java.util.Optional;

/**
 * A kind of API object Kubeprint reads, with where it lives in the API and the slim record it becomes.
 * Typed, so that {@code facts.items(FactKind.NODES)} is a {@code List<NodeFact>}.
 */
public final class FactKind<T> {

	public static final FactKind<NodeFact> NODES = new FactKind<>("", "v1", "nodes", "Node", false, NodeFact.class);

	public static final FactKind<PodFact> PODS = new FactKind<>("", "v1", "pods", "Pod", true, PodFact.class);

	public static final FactKind<NamespaceFact> NAMESPACES = new FactKind<>("", "v1", "namespaces", "Namespace",
			false, NamespaceFact.class);

	public static final FactKind<ServiceFact> SERVICES = new FactKind<>("", "v1", "services", "Service", true,
			ServiceFact.class);

	public static final FactKind<EndpointSliceFact> ENDPOINT_SLICES = new FactKind<>("discovery.k8s.io", "v1",
			"endpointslices", "EndpointSlice", true, EndpointSliceFact.class);

	public static final FactKind<ConfigMapFact> CONFIG_MAPS = new FactKind<>("", "v1", "configmaps", "ConfigMap",
			true, ConfigMapFact.class);

	public static final FactKind<SecretFact> SECRETS = new FactKind<>("", "v1", "secrets", "Secret", true,
			SecretFact.class);

	public static final FactKind<PersistentVolumeFact> PERSISTENT_VOLUMES = new FactKind<>("", "v1",
			"persistentvolumes", "PersistentVolume", false, PersistentVolumeFact.class);

	public static final FactKind<PersistentVolumeClaimFact> PERSISTENT_VOLUME_CLAIMS = new FactKind<>("", "v1",
			"persistentvolumeclaims", "PersistentVolumeClaim", true, PersistentVolumeClaimFact.class);

	public static final FactKind<StorageClassFact> STORAGE_CLASSES = new FactKind<>("storage.k8s.io", "v1",
			"storageclasses", "StorageClass", false, StorageClassFact.class);

	public static final FactKind<CsiDriverFact> CSI_DRIVERS = new FactKind<>("storage.k8s.io", "v1", "csidrivers",
			"CSIDriver", false, CsiDriverFact.class);

	public static final FactKind<CsiNodeFact> CSI_NODES = new FactKind<>("storage.k8s.io", "v1", "csinodes",
			"CSINode", false, CsiNodeFact.class);

	public static final FactKind<VolumeAttachmentFact> VOLUME_ATTACHMENTS = new FactKind<>("storage.k8s.io", "v1",
			"volumeattachments", "VolumeAttachment", false, VolumeAttachmentFact.class);

	public static final FactKind<LeaseFact> LEASES = new FactKind<>("coordination.k8s.io", "v1", "leases", "Lease",
			true, LeaseFact.class);

	public static final FactKind<DaemonSetFact> DAEMON_SETS = new FactKind<>("apps", "v1", "daemonsets", "DaemonSet",
			true, DaemonSetFact.class);

	public static final FactKind<DeploymentFact> DEPLOYMENTS = new FactKind<>("apps", "v1", "deployments",
			"Deployment", true, DeploymentFact.class);

	public static final FactKind<NetworkPolicyFact> NETWORK_POLICIES = new FactKind<>("networking.k8s.io", "v1",
			"networkpolicies", "NetworkPolicy", true, NetworkPolicyFact.class);

	/**
	 * Served as networking.k8s.io/v1 from 1.33 (beta v1beta1 from 1.31, alpha before); snapshots match it by
	 * kind whatever its apiVersion.
	 */
	public static final FactKind<ServiceCidrFact> SERVICE_CIDRS = new FactKind<>("networking.k8s.io", "v1",
			"servicecidrs", "ServiceCIDR", false, ServiceCidrFact.class);

	public static final FactKind<StatefulSetFact> STATEFUL_SETS = new FactKind<>("apps", "v1", "statefulsets",
			"StatefulSet", true, StatefulSetFact.class);

	/** Core v1 Events, which cluster-info dumps collect too; bounded, see {@link EventBound}. */
	public static final FactKind<EventFact> EVENTS = new FactKind<>("", "v1", "events", "Event", true,
			EventFact.class);

	public static final List<FactKind<?>> ALL = List.of(NODES, PODS, NAMESPACES, SERVICES, ENDPOINT_SLICES,
			CONFIG_MAPS, SECRETS, PERSISTENT_VOLUMES, PERSISTENT_VOLUME_CLAIMS, STORAGE_CLASSES, CSI_DRIVERS,
			CSI_NODES, VOLUME_ATTACHMENTS, LEASES, DAEMON_SETS, DEPLOYMENTS, NETWORK_POLICIES, SERVICE_CIDRS,
			STATEFUL_SETS, EVENTS);

	private final String group;

	private final String version;

	private final String plural;

	private final String kind;

	private final boolean namespaced;

	private final Class<T> factType;

	private FactKind(String group, String version, String plural, String kind, boolean namespaced,
			Class<T> factType) {
		this.group = group;
		this.version = version;
		this.plural = plural;
		this.kind = kind;
		this.namespaced = namespaced;
		this.factType = factType;
	}

	/** The kind whose {@code kind} field is this name, e.g. "Pod"; {@code apiVersion} may be blank. */
	public static Optional<FactKind<?>> byKindName(String kindName) {
		return ALL.stream().filter((k) -> k.kind.equals(kindName)).findFirst();
	}

	/** The kind with this plural, e.g. for a file named {@code pods.json} holding an empty list. */
	public static Optional<FactKind<?>> byPlural(String plural) {
		return ALL.stream().filter((k) -> k.plural.equals(plural)).findFirst();
	}

	public String group() {
		return group;
	}

	public String version() {
		return version;
	}

	public String plural() {
		return plural;
	}

	public String kind() {
		return kind;
	}

	public boolean namespaced() {
		return namespaced;
	}

	public Class<T> factType() {
		return factType;
	}

	/** The path of the collection across all namespaces, e.g. {@code /apis/apps/v1/daemonsets}. */
	public String collectionPath() {
		return (group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version) + "/" + plural;
	}

	/** "persistentvolumes" or "endpointslices.discovery.k8s.io", as kubectl and RBAC name them. */
	public String resourceName() {
		return group.isEmpty() ? plural : plural + "." + group;
	}

	@Override
	public String toString() {
		return resourceName();
	}

}
