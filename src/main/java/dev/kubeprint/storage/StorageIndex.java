package dev.kubeprint.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.CsiDriverFact;
import dev.kubeprint.cluster.facts.CsiNodeFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PersistentVolumeClaimFact;
import dev.kubeprint.cluster.facts.PersistentVolumeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.StorageClassFact;
import dev.kubeprint.cluster.facts.VolumeAttachmentFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.LocalizedText;
import dev.kubeprint.reference.StorageBackends;
import dev.kubeprint.reference.StorageBackends.InTreePlugin;

/**
 * The storage objects of one facts version, indexed once and never changed afterwards, so thousands of claims
 * cost lookups, not scans, and every link evaluator can read it in any order.
 */
final class StorageIndex {

	private static final List<FactKind<?>> READS = List.of(FactKind.PERSISTENT_VOLUME_CLAIMS,
			FactKind.PERSISTENT_VOLUMES, FactKind.STORAGE_CLASSES, FactKind.CSI_DRIVERS, FactKind.CSI_NODES,
			FactKind.VOLUME_ATTACHMENTS, FactKind.PODS, FactKind.NODES);

	final StorageBackends backends;

	/** The kinds that could not be read, in the order the page names them. */
	private final Map<FactKind<?>, Availability> unread;

	final List<PersistentVolumeClaimFact> claims;

	final Map<String, PersistentVolumeFact> pvs;

	private final Map<String, PersistentVolumeFact> pvsByClaim;

	/** By name, in name order: the summary lists them so. */
	final Map<String, StorageClassFact> classes;

	/** Oldest first, so the last is the one Kubernetes gives a claim that names no class. */
	final List<StorageClassFact> defaults;

	final Map<String, CsiDriverFact> drivers;

	final Map<String, CsiNodeFact> csiNodes;

	final Map<String, List<VolumeAttachmentFact>> attachmentsByVolume;

	private final Map<String, List<PodFact>> podsByClaim;

	final Map<String, NodeFact> nodes;

	private StorageIndex(ClusterFacts facts, StorageBackends backends) {
		this.backends = backends;
		Map<FactKind<?>, Availability> unread = new LinkedHashMap<>();
		for (FactKind<?> kind : READS) {
			if (!facts.availability(kind).hasData()) {
				unread.put(kind, facts.availability(kind));
			}
		}
		this.unread = Collections.unmodifiableMap(unread);
		this.claims = List.copyOf(facts.items(FactKind.PERSISTENT_VOLUME_CLAIMS));
		Map<String, PersistentVolumeFact> pvs = new HashMap<>();
		Map<String, PersistentVolumeFact> pvsByClaim = new HashMap<>();
		for (PersistentVolumeFact pv : facts.items(FactKind.PERSISTENT_VOLUMES)) {
			pvs.put(pv.name(), pv);
			if (!pv.claimName().isEmpty()) {
				pvsByClaim.put(pv.claimNamespace() + "/" + pv.claimName(), pv);
			}
		}
		this.pvs = Collections.unmodifiableMap(pvs);
		this.pvsByClaim = Collections.unmodifiableMap(pvsByClaim);
		Map<String, StorageClassFact> classes = new TreeMap<>();
		facts.items(FactKind.STORAGE_CLASSES).forEach((c) -> classes.put(c.name(), c));
		this.classes = Collections.unmodifiableMap(classes);
		this.defaults = classes.values()
			.stream()
			.filter(StorageClassFact::isDefault)
			.sorted(Comparator.comparing(StorageClassFact::created,
					Comparator.nullsFirst(Comparator.<Instant>naturalOrder())))
			.toList();
		this.drivers = byName(facts.items(FactKind.CSI_DRIVERS), CsiDriverFact::name);
		this.csiNodes = byName(facts.items(FactKind.CSI_NODES), CsiNodeFact::name);
		this.nodes = byName(facts.nodes(), NodeFact::name);
		Map<String, List<VolumeAttachmentFact>> attachments = new HashMap<>();
		for (VolumeAttachmentFact va : facts.items(FactKind.VOLUME_ATTACHMENTS)) {
			attachments.computeIfAbsent(va.persistentVolume(), (k) -> new ArrayList<>()).add(va);
		}
		this.attachmentsByVolume = frozen(attachments);
		this.podsByClaim = frozen(podsByClaim(facts.pods()));
	}

	static StorageIndex of(ClusterFacts facts, StorageBackends backends) {
		return new StorageIndex(facts, backends);
	}

	private static Map<String, List<PodFact>> podsByClaim(List<PodFact> pods) {
		Map<String, List<PodFact>> byClaim = new HashMap<>();
		for (PodFact pod : pods) {
			// A finished pod holds no volume: an evicted pod must not count as a consumer.
			if (pod.terminated()) {
				continue;
			}
			for (String claim : pod.claimNames()) {
				byClaim.computeIfAbsent(pod.namespace() + "/" + claim, (k) -> new ArrayList<>()).add(pod);
			}
		}
		return byClaim;
	}

	private static <T> Map<String, T> byName(List<T> items, java.util.function.Function<T, String> name) {
		Map<String, T> byName = new HashMap<>();
		items.forEach((i) -> byName.put(name.apply(i), i));
		return Collections.unmodifiableMap(byName);
	}

	private static <T> Map<String, List<T>> frozen(Map<String, List<T>> lists) {
		lists.replaceAll((k, v) -> List.copyOf(v));
		return Collections.unmodifiableMap(lists);
	}

	// ---- what could be read

	boolean known(FactKind<?> kind) {
		return !unread.containsKey(kind);
	}

	boolean allKnown() {
		return unread.isEmpty();
	}

	/** Why a kind could not be read, in the words the page shows; null when it was read. */
	String unknownReason(FactKind<?> kind, Texts t) {
		Availability availability = unread.get(kind);
		return availability == null ? null : t.get("storage.unavailable", kind.resourceName(),
				t.get("storage.availability." + availability.state()), availability.reason());
	}

	List<String> unknownReasons(Texts t) {
		return unread.keySet().stream().map((kind) -> unknownReason(kind, t)).toList();
	}

	// ---- one claim's chain

	/** Every object a claim's chain goes through, looked up once for all its links. */
	ClaimChain resolve(PersistentVolumeClaimFact claim) {
		String id = StorageAnalyzer.key(claim);
		PersistentVolumeFact pv = volumeOf(claim);
		String className = effectiveClass(claim, pv);
		StorageClassFact storageClass = className == null ? null : classes.get(className);
		return new ClaimChain(claim, id, podsByClaim.getOrDefault(id, List.of()), pv, className, storageClass,
				driverOf(pv, storageClass));
	}

	private PersistentVolumeFact volumeOf(PersistentVolumeClaimFact claim) {
		if (!claim.volumeName().isEmpty()) {
			return pvs.get(claim.volumeName());
		}
		// A PV pre-bound to a Pending claim names the claim before the claim names it.
		return pvsByClaim.get(StorageAnalyzer.key(claim));
	}

	/**
	 * The class a claim gets: its own, else the default one (the admission plugin sets it at creation and,
	 * since 1.28, later), else its volume's. Null when none applies; "" when it asks for none.
	 */
	private String effectiveClass(PersistentVolumeClaimFact claim, PersistentVolumeFact pv) {
		if (claim.storageClass() != null) {
			return claim.storageClass();
		}
		if (pv != null && !pv.storageClass().isEmpty()) {
			return pv.storageClass();
		}
		return defaults.size() >= 1 ? newestDefault() : null;
	}

	String newestDefault() {
		return defaults.get(defaults.size() - 1).name();
	}

	private String driverOf(PersistentVolumeFact pv, StorageClassFact storageClass) {
		if (pv != null) {
			return pv.csiDriver().isEmpty() ? null : pv.csiDriver();
		}
		if (storageClass != null && !storageClass.provisioner().isEmpty()
				&& backends.inTreeProvisioner(storageClass.provisioner()).isEmpty()) {
			return storageClass.provisioner();
		}
		return null;
	}

	// ---- lookups the links share

	String inTreeOf(PersistentVolumeFact pv, StorageClassFact storageClass) {
		if (pv != null) {
			return pv.inTreeType().isEmpty() ? null : pv.inTreeType();
		}
		if (storageClass != null) {
			return backends.inTreeProvisioner(storageClass.provisioner()).map(InTreePlugin::volumeType).orElse(null);
		}
		return null;
	}

	boolean hasDriver(String provisioner) {
		return !known(FactKind.CSI_DRIVERS) || drivers.containsKey(provisioner)
				|| backends.inTreeProvisioner(provisioner).isPresent();
	}

	CsiNodeFact.Driver registration(String nodeName, String driver) {
		CsiNodeFact node = csiNodes.get(nodeName);
		if (node == null) {
			return null;
		}
		return node.drivers().stream().filter((d) -> d.name().equals(driver)).findFirst().orElse(null);
	}

	/** A plugin the reference says can be migrated is called migrated only where a CSINode says it is. */
	String inTreeWords(String volumeType, Texts t) {
		return backends.inTreeVolumeType(volumeType)
			.map((p) -> p.status() == InTreePlugin.Status.MIGRATED
					? CsiMigration.words(p, unread.get(FactKind.CSI_NODES), csiNodes.values(), t)
					: t.get("storage.intree." + p.status(), volumeType, p.csiDriver() == null ? "—" : p.csiDriver()))
			.orElse(t.get("storage.intree.SUPPORTED", volumeType, "—"));
	}

	Optional<LocalizedText> backend(PersistentVolumeFact pv, StorageClassFact storageClass) {
		Optional<LocalizedText> found = Optional.empty();
		if (storageClass != null) {
			// The class names the kind of volume; a PV's attributes fill in what the class left to defaults.
			Map<String, String> parameters = new HashMap<>();
			if (pv != null) {
				parameters.putAll(pv.volumeAttributes());
			}
			parameters.putAll(storageClass.parameters());
			found = backends.describe(storageClass.provisioner(), parameters);
		}
		if (found.isEmpty() && pv != null && !pv.csiDriver().isEmpty()) {
			found = backends.describeStated(pv.csiDriver(), pv.volumeAttributes());
		}
		if (found.isEmpty() && pv != null && !pv.inTreeType().isEmpty()) {
			found = backends.describeVolumeType(pv.inTreeType());
		}
		return found;
	}

}
