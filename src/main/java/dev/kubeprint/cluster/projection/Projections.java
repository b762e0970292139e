package dev.kubeprint.cluster.projection;

import java.util.Map;

import dev.kubeprint.cluster.facts.FactKind;

/** The one projection of each kind, shared by the live source and snapshots so both read objects alike. */
public final class Projections {

	private static final Map<FactKind<?>, Projection<?>> BY_KIND = Map.ofEntries(
			Map.entry(FactKind.NODES, new NodeProjection()), Map.entry(FactKind.PODS, new PodProjection()),
			Map.entry(FactKind.NAMESPACES, ConfigProjections.NAMESPACE),
			Map.entry(FactKind.SERVICES, NetworkProjections.SERVICE),
			Map.entry(FactKind.ENDPOINT_SLICES, NetworkProjections.ENDPOINT_SLICE),
			Map.entry(FactKind.CONFIG_MAPS, ConfigProjections.CONFIG_MAP),
			Map.entry(FactKind.SECRETS, ConfigProjections.SECRET),
			Map.entry(FactKind.PERSISTENT_VOLUMES, StorageProjections.PERSISTENT_VOLUME),
			Map.entry(FactKind.PERSISTENT_VOLUME_CLAIMS, StorageProjections.PERSISTENT_VOLUME_CLAIM),
			Map.entry(FactKind.STORAGE_CLASSES, StorageProjections.STORAGE_CLASS),
			Map.entry(FactKind.CSI_DRIVERS, CsiProjections.CSI_DRIVER),
			Map.entry(FactKind.CSI_NODES, CsiProjections.CSI_NODE),
			Map.entry(FactKind.VOLUME_ATTACHMENTS, CsiProjections.VOLUME_ATTACHMENT),
			Map.entry(FactKind.LEASES, WorkloadProjections.LEASE),
			Map.entry(FactKind.DAEMON_SETS, WorkloadProjections.DAEMON_SET),
			Map.entry(FactKind.DEPLOYMENTS, WorkloadProjections.DEPLOYMENT),
			Map.entry(FactKind.NETWORK_POLICIES, NetworkProjections.NETWORK_POLICY),
			Map.entry(FactKind.SERVICE_CIDRS, NetworkProjections.SERVICE_CIDR),
			Map.entry(FactKind.STATEFUL_SETS, WorkloadProjections.STATEFUL_SET),
			Map.entry(FactKind.EVENTS, EventProjection.EVENT));

	private Projections() {
	}

	@SuppressWarnings("unchecked")
	public static <T> Projection<T> of(FactKind<T> kind) {
		return (Projection<T>) BY_KIND.get(kind);
	}

}
