package dev.kubeprint.storage;

import dev.kubeprint.cluster.facts.NodeFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PersistentVolumeClaimFact;
import dev.kubeprint.cluster.facts.PersistentVolumeFact;
import dev.kubeprint.cluster.facts.StorageClassFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
import dev.kubeprint.storage.StorageView.ClassSummaryView;
import dev.kubeprint.storage.StorageView.DriverSummaryView;
import dev.kubeprint.storage.StorageView.SummaryView;

/** The counts on top of the page, a row per storage class and a row per CSI driver. */
final class StorageSummary {

	private final StorageIndex index;

	private final Texts t;

	private final ServingControllers serving;

	StorageSummary(StorageIndex index, ServingControllers serving, Texts t) {
		this.index = index;
		this.serving = serving;
		this.t = t;
	}

	SummaryView summarize(List<ClaimChain> chains, List<BrokenLinkView> broken) {
		boolean claimsKnown = index.known(FactKind.PERSISTENT_VOLUME_CLAIMS);
		Map<String, List<ClaimChain>> byClass = new TreeMap<>();
		for (ClaimChain chain : chains) {
			String className = chain.className();
			byClass.computeIfAbsent(className == null ? "" : className, (k) -> new ArrayList<>()).add(chain);
		}
		List<ClassSummaryView> classRows = new ArrayList<>();
		for (StorageClassFact c : index.classes.values()) {
			classRows.add(classRow(c.name(), c, byClass.getOrDefault(c.name(), List.of())));
		}
		byClass.forEach((name, members) -> {
			if (!index.classes.containsKey(name)) {
				classRows.add(classRow(name, null, members));
			}
		});
		int bound = (int) chains.stream().filter((c) -> "Bound".equals(c.claim().phase())).count();
		int pending = (int) chains.stream().filter((c) -> "Pending".equals(c.claim().phase())).count();
		Health health = broken.stream().map(BrokenLinkView::health).reduce(Health.HEALTHY, Health::worse);
		if (!index.allKnown()) {
			health = health.worse(Health.UNKNOWN);
		}
		return new SummaryView(claimsKnown ? chains.size() : -1, claimsKnown ? bound : -1,
				claimsKnown ? pending : -1, index.known(FactKind.PERSISTENT_VOLUMES) ? index.pvs.size() : -1,
				broken.size(), health, classRows, driverRows(chains), index.allKnown(), serving.snapshots(),
				volumeLimits());
	}

	/**
	 * The attach limits older kubelets put in the node's allocatable (attachable-volumes-azure-disk: 8), said even
	 * when no storage object was collected: they bound how many disks a node's pods can mount.
	 */
	private String volumeLimits() {
		Map<String, Map<Long, List<String>>> byKind = new TreeMap<>();
		for (NodeFact node : index.nodes.values()) {
			node.attachableVolumes()
				.forEach((kind, limit) -> byKind.computeIfAbsent(kind, (k) -> new TreeMap<>())
					.computeIfAbsent(limit, (l) -> new ArrayList<>())
					.add(node.name()));
		}
		List<String> limits = new ArrayList<>();
		byKind.forEach((kind, values) -> values.forEach((limit, nodes) -> limits.add(nodes.size() == 1
				? t.get("storage.volume-limit.node", kind, limit, nodes.get(0))
				: t.get("storage.volume-limit.nodes", kind, limit, nodes.size()))));
		return limits.isEmpty() ? "" : t.get("storage.volume-limits", String.join("; ", limits));
	}

	private ClassSummaryView classRow(String name, StorageClassFact c, List<ClaimChain> members) {
		int bound = 0;
		int pending = 0;
		long requested = 0;
		long provisioned = 0;
		for (ClaimChain member : members) {
			PersistentVolumeClaimFact claim = member.claim();
			requested += claim.requestedBytes();
			if ("Bound".equals(claim.phase())) {
				bound++;
				provisioned += member.pv() != null ? member.pv().capacityBytes() : claim.capacityBytes();
			}
			else if ("Pending".equals(claim.phase())) {
				pending++;
			}
		}
		Health health = c == null ? (name.isEmpty() ? Health.NOT_APPLICABLE : Health.DOWN)
				: pending > 0 ? Health.DEGRADED : Health.HEALTHY;
		String displayName = name.isEmpty() ? t.get("storage.pvc.class.none") : name;
		if (c == null) {
			return new ClassSummaryView(displayName, false, false, "—", "—", "—", "—", false, members.size(), bound,
					pending, Units.bytes(requested), Units.bytes(provisioned), health, "");
		}
		String backend = index.backends.describe(c.provisioner(), c.parameters())
			.map(t::pick)
			.orElse(t.get("storage.backend.unknown"));
		return new ClassSummaryView(name, true, c.isDefault(), c.provisioner(), backend, c.volumeBindingMode(),
				c.reclaimPolicy(), c.allowVolumeExpansion(), members.size(), bound, pending, Units.bytes(requested),
				Units.bytes(provisioned), health, serving.provisioner(c.provisioner()));
	}

	/** Every driver named anywhere: by an object, a CSINode, a volume or a class's provisioner. */
	private Set<String> driverNames() {
		Set<String> names = new TreeSet<>(index.drivers.keySet());
		index.csiNodes.values().forEach((n) -> n.drivers().forEach((d) -> names.add(d.name())));
		index.pvs.values()
			.stream()
			.map(PersistentVolumeFact::csiDriver)
			.filter((d) -> !d.isEmpty())
			.forEach(names::add);
		index.classes.values()
			.stream()
			.map(StorageClassFact::provisioner)
			.filter((p) -> !p.isEmpty() && index.backends.inTreeProvisioner(p).isEmpty())
			.forEach(names::add);
		return names;
	}

	/** Per CSI driver, the nodes running pods that mount its volumes. */
	static Map<String, Set<String>> consumingNodes(List<ClaimChain> chains) {
		Map<String, Set<String>> consuming = new TreeMap<>();
		for (ClaimChain chain : chains) {
			if (chain.driver() != null) {
				consuming.computeIfAbsent(chain.driver(), (k) -> new TreeSet<>()).addAll(CsiNodeLink.podNodes(chain));
			}
		}
		return consuming;
	}

	private List<DriverSummaryView> driverRows(List<ClaimChain> chains) {
		Map<String, Set<String>> consumingNodes = consumingNodes(chains);
		boolean csiNodesKnown = index.known(FactKind.CSI_NODES);
		int nodeCount = index.known(FactKind.NODES) ? index.nodes.size() : index.csiNodes.size();
		List<DriverSummaryView> rows = new ArrayList<>();
		for (String name : driverNames()) {
			int registered = (int) index.csiNodes.values()
				.stream()
				.filter((n) -> n.drivers().stream().anyMatch((d) -> d.name().equals(name)))
				.count();
			Set<String> consuming = consumingNodes.getOrDefault(name, Set.of());
			List<String> missingOn = csiNodesKnown
					? consuming.stream().filter((n) -> index.registration(n, name) == null).toList() : List.of();
			boolean present = index.drivers.containsKey(name);
			Health health = !csiNodesKnown || !index.known(FactKind.CSI_DRIVERS) ? Health.UNKNOWN
					: !missingOn.isEmpty() ? Health.DOWN : present ? Health.HEALTHY : Health.DEGRADED;
			// Counts of kinds nobody collected are unknown, never "0 of 0".
			rows.add(new DriverSummaryView(name, present, csiNodesKnown ? registered : -1,
					csiNodesKnown || index.known(FactKind.NODES) ? nodeCount : -1,
					index.known(FactKind.PODS) ? consuming.size() : -1, missingOn, health));
		}
		return rows;
	}

}
