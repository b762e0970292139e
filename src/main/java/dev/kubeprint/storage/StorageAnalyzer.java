package dev.kubeprint.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.kubeprint.health.Health;
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
import dev.kubeprint.i18n.Units;
import dev.kubeprint.reference.LocalizedText;
import dev.kubeprint.reference.StorageBackends.InTreePlugin;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
import dev.kubeprint.storage.StorageView.ChainView;
import dev.kubeprint.storage.StorageView.ClassSummaryView;
import dev.kubeprint.storage.StorageView.DriverSummaryView;
import dev.kubeprint.storage.StorageView.LinkView;
import dev.kubeprint.storage.StorageView.SummaryView;
import dev.kubeprint.reference.StorageBackends;

/**
 * Facts in, the storage chain of every claim out: pods → PVC → PV → StorageClass → CSIDriver → CSINode →
 * VolumeAttachment → backend, each link with its live state, and every broken link with its reason and the
 * kubectl command that shows more. No I/O, no Spring.
 */
public final class StorageAnalyzer {

	/** The provisioner of classes whose volumes an administrator creates by hand. */
	static final String NO_PROVISIONER = "kubernetes.io/no-provisioner";

	private static final String WAIT_FOR_FIRST_CONSUMER = "WaitForFirstConsumer";

	/** Pods or nodes a box lists before it says how many more there are. */
	static final int LISTED = 8;

	private static final List<FactKind<?>> READS = List.of(FactKind.PERSISTENT_VOLUME_CLAIMS,
			FactKind.PERSISTENT_VOLUMES, FactKind.STORAGE_CLASSES, FactKind.CSI_DRIVERS, FactKind.CSI_NODES,
			FactKind.VOLUME_ATTACHMENTS, FactKind.PODS, FactKind.NODES);

	private final StorageBackends backends;

	public StorageAnalyzer(StorageBackends backends) {
		this.backends = backends;
	}

	public StorageView analyze(ClusterFacts facts, Texts t) {
		return new Run(facts, t).view();
	}

	/** One analysis: the facts indexed once, so thousands of claims cost lookups, not scans. */
	private final class Run {

		private final ClusterFacts facts;

		private final Texts t;

		private final Map<FactKind<?>, String> missing = new LinkedHashMap<>();

		private final Map<String, PersistentVolumeFact> pvs = new HashMap<>();

		private final Map<String, PersistentVolumeFact> pvsByClaim = new HashMap<>();

		private final Map<String, StorageClassFact> classes = new TreeMap<>();

		private final List<StorageClassFact> defaults;

		private final Map<String, CsiDriverFact> drivers = new HashMap<>();

		private final Map<String, CsiNodeFact> csiNodes = new HashMap<>();

		private final Map<String, List<VolumeAttachmentFact>> attachmentsByVolume = new HashMap<>();

		private final Map<String, List<PodFact>> podsByClaim = new HashMap<>();

		private final Map<String, NodeFact> nodes = new HashMap<>();

		private final Set<String> claimKeys = new LinkedHashSet<>();

		private final List<BrokenLinkView> broken = new ArrayList<>();

		/** Per CSI driver, the nodes running pods that mount its volumes. */
		private final Map<String, Set<String>> consumingNodes = new TreeMap<>();

		Run(ClusterFacts facts, Texts t) {
			this.facts = facts;
			this.t = t;
			for (FactKind<?> kind : READS) {
				Availability availability = facts.availability(kind);
				if (!availability.hasData()) {
					missing.put(kind, t.get("storage.unavailable", kind.resourceName(),
							t.get("storage.availability." + availability.state()), availability.reason()));
				}
			}
			for (PersistentVolumeFact pv : facts.items(FactKind.PERSISTENT_VOLUMES)) {
				pvs.put(pv.name(), pv);
				if (!pv.claimName().isEmpty()) {
					pvsByClaim.put(pv.claimNamespace() + "/" + pv.claimName(), pv);
				}
			}
			facts.items(FactKind.STORAGE_CLASSES).forEach((c) -> classes.put(c.name(), c));
			// Oldest first, so the last is the one Kubernetes gives a claim that names no class.
			this.defaults = classes.values()
				.stream()
				.filter(StorageClassFact::isDefault)
				.sorted(Comparator.comparing(StorageClassFact::created,
						Comparator.nullsFirst(Comparator.<Instant>naturalOrder())))
				.toList();
			facts.items(FactKind.CSI_DRIVERS).forEach((d) -> drivers.put(d.name(), d));
			facts.items(FactKind.CSI_NODES).forEach((n) -> csiNodes.put(n.name(), n));
			for (VolumeAttachmentFact va : facts.items(FactKind.VOLUME_ATTACHMENTS)) {
				attachmentsByVolume.computeIfAbsent(va.persistentVolume(), (k) -> new ArrayList<>()).add(va);
			}
			for (PodFact pod : facts.pods()) {
				// A finished pod holds no volume: an evicted pod must not count as a consumer.
				if (pod.terminated()) {
					continue;
				}
				for (String claim : pod.claimNames()) {
					podsByClaim.computeIfAbsent(pod.namespace() + "/" + claim, (k) -> new ArrayList<>()).add(pod);
				}
			}
			facts.nodes().forEach((n) -> nodes.put(n.name(), n));
		}

		/**
		 * A box lists a few pods or nodes, then how many more: a claim mounted by a thousand pods must not
		 * make a box a thousand lines long. Every one of them is still checked.
		 */
		private void listed(List<String> details, int total, String line) {
			if (details.size() < LISTED) {
				details.add(line);
			}
			else if (details.size() == LISTED) {
				details.add(t.get("storage.more", total - LISTED));
			}
		}

		private boolean known(FactKind<?> kind) {
			return !missing.containsKey(kind);
		}

		private String unknownReason(FactKind<?> kind) {
			return missing.get(kind);
		}

		StorageView view() {
			List<ChainView> chains = new ArrayList<>();
			for (PersistentVolumeClaimFact claim : facts.items(FactKind.PERSISTENT_VOLUME_CLAIMS)) {
				claimKeys.add(key(claim));
				chains.add(chain(claim));
			}
			classLinks();
			volumeLinks();
			attachmentLinks();
			chains.sort(Comparator.comparingInt((ChainView c) -> rank(c.health())).thenComparing(ChainView::id));
			broken.sort(Comparator.comparingInt((BrokenLinkView b) -> rank(b.health()))
				.thenComparing(BrokenLinkView::kind)
				.thenComparing(BrokenLinkView::object));
			return new StorageView(List.copyOf(missing.values()), summary(), broken, chains,
					known(FactKind.PERSISTENT_VOLUME_CLAIMS) ? "" : unknownReason(FactKind.PERSISTENT_VOLUME_CLAIMS));
		}

		// ---- the chain of one claim

		private ChainView chain(PersistentVolumeClaimFact claim) {
			String id = key(claim);
			List<PodFact> pods = podsByClaim.getOrDefault(id, List.of());
			PersistentVolumeFact pv = volumeOf(claim);
			String className = effectiveClass(claim, pv);
			StorageClassFact storageClass = className == null ? null : classes.get(className);
			String driver = driverOf(pv, storageClass);
			List<LinkView> links = new ArrayList<>();
			links.add(podsLink(pods));
			links.add(claimLink(claim, id, pods, pv, className, storageClass));
			links.add(volumeLink(claim, id, pods, pv));
			links.add(classLink(className, storageClass, pv));
			links.add(driverLink(driver, pv, storageClass));
			links.add(csiNodeLink(id, driver, pods));
			links.add(attachmentLink(driver, pv, pods));
			links.add(backendLink(pv, storageClass));
			Health health = links.stream().map(LinkView::health).reduce(Health.HEALTHY, Health::worse);
			return new ChainView(id, claim.namespace(), claim.name(), health, links);
		}

		private LinkView podsLink(List<PodFact> pods) {
			String title = t.get("storage.link.pods");
			if (!known(FactKind.PODS)) {
				return new LinkView("pods", title, "—", Health.UNKNOWN, List.of(), unknownReason(FactKind.PODS));
			}
			if (pods.isEmpty()) {
				return new LinkView("pods", title, "—", Health.NOT_APPLICABLE, List.of(t.get("storage.pods.none")),
						t.get("storage.pods.none"));
			}
			List<String> details = new ArrayList<>();
			List<String> notReady = new ArrayList<>();
			for (PodFact pod : pods) {
				String where = pod.scheduled() ? pod.nodeName() : t.get("storage.pods.unscheduled");
				String state = pod.ready() ? "" : " · " + (pod.reason().isEmpty() ? pod.phase() : pod.reason());
				listed(details, pods.size(), pod.name() + " @ " + where + state);
				if (!pod.ready()) {
					notReady.add(pod.name() + state);
				}
			}
			Health health = notReady.isEmpty() ? Health.HEALTHY
					: notReady.size() == pods.size() ? Health.DOWN : Health.DEGRADED;
			String reason = notReady.isEmpty() ? t.get("storage.pods.ready", pods.size())
					: t.get("storage.pods.not-ready", notReady.size(), pods.size(), String.join(", ", notReady));
			String name = pods.size() == 1 ? pods.get(0).name() : t.get("storage.pods.count", pods.size());
			return new LinkView("pods", title, name, health, details, reason);
		}

		private LinkView claimLink(PersistentVolumeClaimFact claim, String id, List<PodFact> pods,
				PersistentVolumeFact pv, String className, StorageClassFact storageClass) {
			List<String> details = new ArrayList<>();
			details.add(claim.phase().isEmpty() ? "—" : claim.phase());
			details.add(t.get("storage.pvc.capacity", Units.bytes(claim.requestedBytes()),
					claim.capacityBytes() > 0 ? Units.bytes(claim.capacityBytes()) : "—"));
			details.add(String.join(", ", claim.accessModes()) + " · " + claim.volumeMode());
			details.add(t.get("storage.pvc.class", claim.storageClass() == null ? t.get("storage.pvc.class.default")
					: claim.storageClass().isEmpty() ? t.get("storage.pvc.class.none") : claim.storageClass()));
			String command = "kubectl -n " + claim.namespace() + " describe pvc " + claim.name();
			String object = "pvc " + id;
			Health health = Health.HEALTHY;
			String reason = t.get("storage.pvc.bound", claim.volumeName());
			switch (claim.phase()) {
				case "Pending" -> {
					String kind;
					if (pv == null && "".equals(claim.storageClass())) {
						kind = "pvc-pending-no-class";
						health = Health.DOWN;
						reason = t.get("storage.broken.pvc-pending-no-class.empty");
					}
					else if (className == null && known(FactKind.STORAGE_CLASSES)) {
						kind = "pvc-pending-no-class";
						health = Health.DOWN;
						reason = t.get("storage.broken.pvc-pending-no-class.no-default");
					}
					else if (className != null && !className.isEmpty() && storageClass == null
							&& known(FactKind.STORAGE_CLASSES)) {
						kind = "pvc-pending-missing-class";
						health = Health.DOWN;
						reason = t.get("storage.broken.pvc-pending-missing-class", className);
					}
					else if (storageClass != null && (storageClass.provisioner().isEmpty()
							|| NO_PROVISIONER.equals(storageClass.provisioner()))) {
						kind = "pvc-pending-no-provisioner";
						health = Health.DOWN;
						reason = t.get("storage.broken.pvc-pending-no-provisioner", storageClass.name());
					}
					else if (storageClass != null && WAIT_FOR_FIRST_CONSUMER.equals(storageClass.volumeBindingMode())
							&& known(FactKind.PODS) && pods.isEmpty()) {
						kind = "pvc-waiting-for-consumer";
						health = Health.DEGRADED;
						reason = t.get("storage.broken.pvc-waiting-for-consumer", storageClass.name());
					}
					else {
						kind = "pvc-pending";
						health = Health.DEGRADED;
						reason = t.get("storage.broken.pvc-pending",
								storageClass == null ? "—" : storageClass.provisioner());
					}
					broken.add(new BrokenLinkView(kind, health, object, reason, command, id));
				}
				case "Lost" -> {
					health = Health.DOWN;
					reason = t.get("storage.broken.pvc-lost", claim.volumeName());
					broken.add(new BrokenLinkView("pvc-lost", health, object, reason, command, id));
				}
				case "Bound" -> {
					if (claim.capacityBytes() > 0 && claim.requestedBytes() > claim.capacityBytes()) {
						health = Health.DEGRADED;
						String requested = Units.bytes(claim.requestedBytes());
						String actual = Units.bytes(claim.capacityBytes());
						if (claim.conditions().contains("FileSystemResizePending")) {
							reason = t.get("storage.broken.resize-pending.filesystem", requested, actual);
						}
						else if (storageClass != null && !storageClass.allowVolumeExpansion()) {
							reason = t.get("storage.broken.resize-pending.not-allowed", requested, actual,
									storageClass.name());
						}
						else {
							reason = t.get("storage.broken.resize-pending", requested, actual);
						}
						broken.add(new BrokenLinkView("resize-pending", health, object, reason, command, id));
					}
				}
				default -> {
					health = Health.UNKNOWN;
					reason = t.get("storage.pvc.phase", claim.phase().isEmpty() ? "—" : claim.phase());
				}
			}
			return new LinkView("pvc", t.get("storage.link.pvc"), claim.name(), health, details, reason);
		}

		private LinkView volumeLink(PersistentVolumeClaimFact claim, String id, List<PodFact> pods,
				PersistentVolumeFact pv) {
			String title = t.get("storage.link.pv");
			if (!known(FactKind.PERSISTENT_VOLUMES)) {
				return new LinkView("pv", title, claim.volumeName().isEmpty() ? "—" : claim.volumeName(),
						Health.UNKNOWN, List.of(), unknownReason(FactKind.PERSISTENT_VOLUMES));
			}
			if (pv == null) {
				boolean expected = !claim.volumeName().isEmpty();
				return new LinkView("pv", title, expected ? claim.volumeName() : "—",
						expected ? Health.DOWN : Health.NOT_APPLICABLE, List.of(),
						expected ? t.get("storage.pv.gone", claim.volumeName()) : t.get("storage.pv.none"));
			}
			List<String> details = new ArrayList<>();
			details.add(pv.phase() + " · " + t.get("storage.pv.reclaim", pv.reclaimPolicy()));
			details.add(Units.bytes(pv.capacityBytes()) + " · " + String.join(", ", pv.accessModes()));
			Health health = switch (pv.phase()) {
				case "Bound", "Available" -> Health.HEALTHY;
				case "Released" -> Health.DEGRADED;
				case "Failed" -> Health.DOWN;
				default -> Health.UNKNOWN;
			};
			String reason = t.get("storage.pv.phase", pv.phase());
			if (!pv.csiDriver().isEmpty()) {
				details.add(t.get("storage.pv.csi", pv.csiDriver(), pv.volumeHandle()));
				new TreeMap<>(pv.volumeAttributes()).forEach((k, v) -> {
					// The provisioner's identity stamp is noise to a reader.
					if (!k.startsWith("storage.kubernetes.io/")) {
						details.add(k + "=" + v);
					}
				});
			}
			else if (!pv.inTreeType().isEmpty()) {
				String inTree = inTreeWords(pv.inTreeType());
				details.add(inTree);
				InTreePlugin plugin = backends.inTreeVolumeType(pv.inTreeType()).orElse(null);
				if (plugin != null && (plugin.status() == InTreePlugin.Status.DEPRECATED
						|| plugin.status() == InTreePlugin.Status.REMOVED)) {
					health = health.worse(Health.DEGRADED);
					reason = inTree;
				}
			}
			pv.nodeAffinity().forEach((term) -> details.add(t.get("storage.pv.affinity", term)));
			if (known(FactKind.NODES) && !pv.nodeAffinity().isEmpty()) {
				for (PodFact pod : pods) {
					NodeFact node = pod.scheduled() ? nodes.get(pod.nodeName()) : null;
					if (node != null && !NodeAffinity.admits(pv.nodeAffinity(), node.name(), node.labels())) {
						health = Health.DOWN;
						reason = t.get("storage.broken.node-affinity-excludes", pv.name(),
								String.join(" || ", pv.nodeAffinity()), pod.namespace() + "/" + pod.name(),
								node.name());
						broken.add(new BrokenLinkView("node-affinity-excludes", Health.DOWN, "pv " + pv.name(), reason,
								"kubectl describe pv " + pv.name(), id));
					}
				}
			}
			return new LinkView("pv", title, pv.name(), health, details, reason);
		}

		private LinkView classLink(String className, StorageClassFact storageClass, PersistentVolumeFact pv) {
			String title = t.get("storage.link.storageclass");
			if (!known(FactKind.STORAGE_CLASSES)) {
				return new LinkView("storageclass", title, className == null ? "—" : className, Health.UNKNOWN,
						List.of(), unknownReason(FactKind.STORAGE_CLASSES));
			}
			if (storageClass == null) {
				if (className != null && !className.isEmpty()) {
					return new LinkView("storageclass", title, className, Health.DOWN, List.of(),
							t.get("storage.class.missing", className));
				}
				return new LinkView("storageclass", title, "—", Health.NOT_APPLICABLE, List.of(),
						t.get(pv == null ? "storage.class.none" : "storage.class.static"));
			}
			List<String> details = new ArrayList<>();
			details.add(storageClass.provisioner());
			new TreeMap<>(storageClass.parameters()).forEach((k, v) -> details.add(k + "=" + v));
			details.add(t.get("storage.class.policy", storageClass.reclaimPolicy(), storageClass.volumeBindingMode()));
			details.add(t.get(storageClass.allowVolumeExpansion() ? "storage.class.expansion.yes"
					: "storage.class.expansion.no"));
			if (storageClass.isDefault()) {
				details.add(t.get("storage.class.default"));
			}
			boolean served = hasDriver(storageClass.provisioner());
			return new LinkView("storageclass", title, storageClass.name(), served ? Health.HEALTHY : Health.DEGRADED,
					details, served ? t.get("storage.class.ok", storageClass.provisioner())
							: t.get("storage.broken.provisioner-no-driver", storageClass.name(),
									storageClass.provisioner()));
		}

		private LinkView driverLink(String driver, PersistentVolumeFact pv, StorageClassFact storageClass) {
			String title = t.get("storage.link.csidriver");
			String inTree = inTreeOf(pv, storageClass);
			if (inTree != null) {
				return new LinkView("csidriver", title, inTree, Health.NOT_APPLICABLE, List.of(inTreeWords(inTree)),
						inTreeWords(inTree));
			}
			if (driver == null) {
				return new LinkView("csidriver", title, "—", Health.NOT_APPLICABLE, List.of(),
						t.get("storage.driver.none"));
			}
			if (!known(FactKind.CSI_DRIVERS)) {
				return new LinkView("csidriver", title, driver, Health.UNKNOWN, List.of(),
						unknownReason(FactKind.CSI_DRIVERS));
			}
			CsiDriverFact object = drivers.get(driver);
			if (object == null) {
				return new LinkView("csidriver", title, driver, Health.DEGRADED, List.of(t.get("storage.driver.no-object")),
						t.get("storage.driver.no-object.reason", driver));
			}
			List<String> details = List.of(t.get("storage.driver.attach", object.attachRequired()),
					t.get("storage.driver.fsgroup", object.fsGroupPolicy()),
					t.get("storage.driver.podinfo", object.podInfoOnMount()));
			return new LinkView("csidriver", title, driver, Health.HEALTHY, details, t.get("storage.driver.ok"));
		}

		private LinkView csiNodeLink(String id, String driver, List<PodFact> pods) {
			String title = t.get("storage.link.csinode");
			if (driver == null) {
				return new LinkView("csinode", title, "—", Health.NOT_APPLICABLE, List.of(), t.get("storage.driver.none"));
			}
			Set<String> podNodes = new TreeSet<>();
			Map<String, PodFact> podOnNode = new HashMap<>();
			for (PodFact pod : pods) {
				if (pod.scheduled()) {
					podNodes.add(pod.nodeName());
					podOnNode.putIfAbsent(pod.nodeName(), pod);
				}
			}
			consumingNodes.computeIfAbsent(driver, (k) -> new TreeSet<>()).addAll(podNodes);
			if (podNodes.isEmpty()) {
				return new LinkView("csinode", title, "—", Health.NOT_APPLICABLE, List.of(),
						t.get("storage.csinode.no-pods"));
			}
			if (!known(FactKind.CSI_NODES)) {
				return new LinkView("csinode", title, String.join(", ", podNodes), Health.UNKNOWN, List.of(),
						unknownReason(FactKind.CSI_NODES));
			}
			List<String> details = new ArrayList<>();
			List<String> missingOn = new ArrayList<>();
			for (String nodeName : podNodes) {
				CsiNodeFact.Driver registration = registration(nodeName, driver);
				if (registration == null) {
					missingOn.add(nodeName);
					listed(details, podNodes.size(), t.get("storage.csinode.missing", nodeName));
					PodFact pod = podOnNode.get(nodeName);
					CsiNodeFact csiNode = csiNodes.get(nodeName);
					String registered = csiNode == null ? t.get("storage.csinode.no-object")
							: csiNode.drivers().isEmpty() ? "—"
									: csiNode.drivers().stream().map(CsiNodeFact.Driver::name).collect(Collectors.joining(", "));
					broken.add(new BrokenLinkView("driver-missing-on-node", Health.DOWN, "csinode " + nodeName,
							t.get("storage.broken.driver-missing-on-node", driver, nodeName, registered,
									pod.namespace() + "/" + pod.name()),
							"kubectl get csinode " + nodeName + " -o yaml", id));
				}
				else {
					listed(details, podNodes.size(), registration.allocatableCount() == null
							? t.get("storage.csinode.registered", nodeName)
							: t.get("storage.csinode.registered.limit", nodeName, registration.allocatableCount()));
				}
			}
			Health health = missingOn.isEmpty() ? Health.HEALTHY : Health.DOWN;
			String reason = missingOn.isEmpty() ? t.get("storage.csinode.ok", driver)
					: t.get("storage.csinode.missing.reason", driver, String.join(", ", missingOn));
			return new LinkView("csinode", title, String.join(", ", podNodes), health, details, reason);
		}

		private LinkView attachmentLink(String driver, PersistentVolumeFact pv, List<PodFact> pods) {
			String title = t.get("storage.link.volumeattachment");
			if (driver == null || pv == null) {
				return new LinkView("volumeattachment", title, "—", Health.NOT_APPLICABLE, List.of(),
						t.get("storage.attachment.none"));
			}
			CsiDriverFact object = drivers.get(driver);
			// Without a CSIDriver object Kubernetes assumes attachRequired, as the API documents.
			if (object != null && !object.attachRequired()) {
				return new LinkView("volumeattachment", title, "—", Health.NOT_APPLICABLE, List.of(),
						t.get("storage.attachment.not-required", driver));
			}
			if (!known(FactKind.VOLUME_ATTACHMENTS)) {
				return new LinkView("volumeattachment", title, "—", Health.UNKNOWN, List.of(),
						unknownReason(FactKind.VOLUME_ATTACHMENTS));
			}
			List<VolumeAttachmentFact> attachments = attachmentsByVolume.getOrDefault(pv.name(), List.of());
			if (attachments.isEmpty()) {
				boolean expected = pods.stream().anyMatch(PodFact::scheduled);
				return new LinkView("volumeattachment", title, "—", expected ? Health.DEGRADED : Health.NOT_APPLICABLE,
						List.of(), t.get(expected ? "storage.attachment.missing" : "storage.attachment.idle"));
			}
			List<String> details = new ArrayList<>();
			Health health = Health.HEALTHY;
			String reason = t.get("storage.attachment.ok");
			for (VolumeAttachmentFact va : attachments) {
				if (!va.attachError().isEmpty()) {
					health = Health.DOWN;
					reason = t.get("storage.broken.attach-error", va.nodeName(), va.attachError());
					details.add(t.get("storage.attachment.failed", va.nodeName()));
				}
				else if (!va.detachError().isEmpty()) {
					health = health.worse(Health.DEGRADED);
					reason = t.get("storage.broken.detach-error", va.nodeName(), va.detachError());
					details.add(t.get("storage.attachment.detach-failed", va.nodeName()));
				}
				else if (!va.attached()) {
					health = health.worse(Health.DEGRADED);
					reason = t.get("storage.attachment.attaching", va.nodeName());
					details.add(t.get("storage.attachment.attaching", va.nodeName()));
				}
				else {
					details.add(t.get("storage.attachment.attached", va.nodeName()));
				}
			}
			String name = attachments.size() == 1 ? attachments.get(0).name() : t.get("storage.attachment.count",
					attachments.size());
			return new LinkView("volumeattachment", title, name, health, details, reason);
		}

		private LinkView backendLink(PersistentVolumeFact pv, StorageClassFact storageClass) {
			String title = t.get("storage.link.backend");
			String provisioner = storageClass != null ? storageClass.provisioner() : pv != null ? pv.csiDriver() : "";
			String words = backend(pv, storageClass);
			if (words == null) {
				return new LinkView("backend", title, provisioner.isEmpty() ? "—" : t.get("storage.backend.unknown"),
						Health.NOT_APPLICABLE, provisioner.isEmpty() ? List.of() : List.of(provisioner),
						provisioner.isEmpty() ? t.get("storage.backend.none")
								: t.get("storage.backend.unknown.reason", provisioner));
			}
			boolean provisioned = pv != null;
			return new LinkView("backend", title, words, provisioned ? Health.HEALTHY : Health.NOT_APPLICABLE,
					provisioner.isEmpty() ? List.of() : List.of(provisioner),
					t.get(provisioned ? "storage.backend.provisioned" : "storage.backend.not-yet", words));
		}

		// ---- links that belong to no single claim

		private void classLinks() {
			if (!known(FactKind.STORAGE_CLASSES)) {
				return;
			}
			if (defaults.isEmpty()) {
				broken.add(new BrokenLinkView("default-class-none", Health.DEGRADED, "storageclass",
						t.get("storage.broken.default-class-none"), "kubectl get storageclass", ""));
			}
			else if (defaults.size() > 1) {
				broken.add(new BrokenLinkView("default-class-several", Health.DEGRADED, "storageclass",
						t.get("storage.broken.default-class-several", defaults.size(),
								defaults.stream().map(StorageClassFact::name).sorted().collect(Collectors.joining(", ")),
								newestDefault()),
						"kubectl get storageclass", ""));
			}
			if (!known(FactKind.CSI_DRIVERS)) {
				return;
			}
			for (StorageClassFact storageClass : classes.values()) {
				if (!hasDriver(storageClass.provisioner())) {
					broken.add(new BrokenLinkView("provisioner-no-driver", Health.DEGRADED,
							"storageclass " + storageClass.name(),
							t.get("storage.broken.provisioner-no-driver", storageClass.name(), storageClass.provisioner()),
							"kubectl get csidriver", ""));
				}
			}
		}

		private void volumeLinks() {
			for (PersistentVolumeFact pv : pvs.values()) {
				String claim = pv.claimName().isEmpty() ? "" : pv.claimNamespace() + "/" + pv.claimName();
				String chain = claimKeys.contains(claim) ? claim : "";
				String command = "kubectl describe pv " + pv.name();
				if ("Released".equals(pv.phase())) {
					broken.add(new BrokenLinkView("pv-released", Health.DEGRADED, "pv " + pv.name(),
							t.get("storage.broken.pv-released", claim.isEmpty() ? "—" : claim, pv.reclaimPolicy()),
							command, chain));
				}
				else if ("Failed".equals(pv.phase())) {
					broken.add(new BrokenLinkView("pv-failed", Health.DOWN, "pv " + pv.name(),
							t.get("storage.broken.pv-failed", pv.message().isEmpty() ? "—" : pv.message()), command,
							chain));
				}
			}
		}

		private void attachmentLinks() {
			for (List<VolumeAttachmentFact> attachments : attachmentsByVolume.values()) {
				for (VolumeAttachmentFact va : attachments) {
					PersistentVolumeFact pv = pvs.get(va.persistentVolume());
					String claim = pv == null || pv.claimName().isEmpty() ? "" : pv.claimNamespace() + "/" + pv.claimName();
					String chain = claimKeys.contains(claim) ? claim : "";
					String command = "kubectl describe volumeattachment " + va.name();
					if (!va.attachError().isEmpty()) {
						broken.add(new BrokenLinkView("attach-error", Health.DOWN, "volumeattachment " + va.name(),
								t.get("storage.broken.attach-error", va.nodeName(), va.attachError()), command, chain));
					}
					if (!va.detachError().isEmpty()) {
						broken.add(new BrokenLinkView("detach-error", Health.DEGRADED, "volumeattachment " + va.name(),
								t.get("storage.broken.detach-error", va.nodeName(), va.detachError()), command, chain));
					}
				}
			}
		}

		// ---- summaries

		private SummaryView summary() {
			boolean claimsKnown = known(FactKind.PERSISTENT_VOLUME_CLAIMS);
			List<PersistentVolumeClaimFact> claims = facts.items(FactKind.PERSISTENT_VOLUME_CLAIMS);
			Map<String, List<PersistentVolumeClaimFact>> byClass = new TreeMap<>();
			for (PersistentVolumeClaimFact claim : claims) {
				String className = effectiveClass(claim, volumeOf(claim));
				byClass.computeIfAbsent(className == null ? "" : className, (k) -> new ArrayList<>()).add(claim);
			}
			List<ClassSummaryView> classRows = new ArrayList<>();
			for (StorageClassFact c : classes.values()) {
				classRows.add(classRow(c.name(), c, byClass.getOrDefault(c.name(), List.of())));
			}
			byClass.forEach((name, members) -> {
				if (!classes.containsKey(name)) {
					classRows.add(classRow(name, null, members));
				}
			});
			int bound = (int) claims.stream().filter((c) -> "Bound".equals(c.phase())).count();
			int pending = (int) claims.stream().filter((c) -> "Pending".equals(c.phase())).count();
			Health health = broken.stream().map(BrokenLinkView::health).reduce(Health.HEALTHY, Health::worse);
			if (!missing.isEmpty()) {
				health = health.worse(Health.UNKNOWN);
			}
			return new SummaryView(claimsKnown ? claims.size() : -1, claimsKnown ? bound : -1,
					claimsKnown ? pending : -1, known(FactKind.PERSISTENT_VOLUMES) ? pvs.size() : -1, broken.size(), health,
					classRows, driverRows());
		}

		private ClassSummaryView classRow(String name, StorageClassFact c, List<PersistentVolumeClaimFact> members) {
			int bound = 0;
			int pending = 0;
			long requested = 0;
			long provisioned = 0;
			for (PersistentVolumeClaimFact claim : members) {
				requested += claim.requestedBytes();
				if ("Bound".equals(claim.phase())) {
					bound++;
					PersistentVolumeFact pv = volumeOf(claim);
					provisioned += pv != null ? pv.capacityBytes() : claim.capacityBytes();
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
						pending, Units.bytes(requested), Units.bytes(provisioned), health);
			}
			String backend = backends.describe(c.provisioner(), c.parameters()).map(t::pick)
				.orElse(t.get("storage.backend.unknown"));
			return new ClassSummaryView(name, true, c.isDefault(), c.provisioner(), backend, c.volumeBindingMode(),
					c.reclaimPolicy(), c.allowVolumeExpansion(), members.size(), bound, pending, Units.bytes(requested),
					Units.bytes(provisioned), health);
		}

		private List<DriverSummaryView> driverRows() {
			Set<String> names = new TreeSet<>(drivers.keySet());
			csiNodes.values().forEach((n) -> n.drivers().forEach((d) -> names.add(d.name())));
			pvs.values().stream().map(PersistentVolumeFact::csiDriver).filter((d) -> !d.isEmpty()).forEach(names::add);
			classes.values()
				.stream()
				.map(StorageClassFact::provisioner)
				.filter((p) -> !p.isEmpty() && backends.inTreeProvisioner(p).isEmpty())
				.forEach(names::add);
			int nodeCount = known(FactKind.NODES) ? nodes.size() : csiNodes.size();
			List<DriverSummaryView> rows = new ArrayList<>();
			for (String name : names) {
				int registered = (int) csiNodes.values()
					.stream()
					.filter((n) -> n.drivers().stream().anyMatch((d) -> d.name().equals(name)))
					.count();
				Set<String> consuming = consumingNodes.getOrDefault(name, Set.of());
				List<String> missingOn = known(FactKind.CSI_NODES)
						? consuming.stream().filter((n) -> registration(n, name) == null).toList() : List.of();
				boolean present = drivers.containsKey(name);
				Health health = !known(FactKind.CSI_NODES) || !known(FactKind.CSI_DRIVERS) ? Health.UNKNOWN
						: !missingOn.isEmpty() ? Health.DOWN : present ? Health.HEALTHY : Health.DEGRADED;
				rows.add(new DriverSummaryView(name, present, registered, nodeCount, consuming.size(), missingOn, health));
			}
			return rows;
		}

		// ---- lookups

		private PersistentVolumeFact volumeOf(PersistentVolumeClaimFact claim) {
			if (!claim.volumeName().isEmpty()) {
				return pvs.get(claim.volumeName());
			}
			// A PV pre-bound to a Pending claim names the claim before the claim names it.
			return pvsByClaim.get(key(claim));
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

		private String newestDefault() {
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

		private String inTreeOf(PersistentVolumeFact pv, StorageClassFact storageClass) {
			if (pv != null) {
				return pv.inTreeType().isEmpty() ? null : pv.inTreeType();
			}
			if (storageClass != null) {
				return backends.inTreeProvisioner(storageClass.provisioner()).map(InTreePlugin::volumeType).orElse(null);
			}
			return null;
		}

		private boolean hasDriver(String provisioner) {
			return !known(FactKind.CSI_DRIVERS) || drivers.containsKey(provisioner)
					|| backends.inTreeProvisioner(provisioner).isPresent();
		}

		private CsiNodeFact.Driver registration(String nodeName, String driver) {
			CsiNodeFact node = csiNodes.get(nodeName);
			if (node == null) {
				return null;
			}
			return node.drivers().stream().filter((d) -> d.name().equals(driver)).findFirst().orElse(null);
		}

		private String inTreeWords(String volumeType) {
			return backends.inTreeVolumeType(volumeType)
				.map((p) -> t.get("storage.intree." + p.status(), volumeType, p.csiDriver() == null ? "—" : p.csiDriver()))
				.orElse(t.get("storage.intree.SUPPORTED", volumeType, "—"));
		}

		private String backend(PersistentVolumeFact pv, StorageClassFact storageClass) {
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
				found = backends.describe(pv.csiDriver(), pv.volumeAttributes());
			}
			if (found.isEmpty() && pv != null && !pv.inTreeType().isEmpty()) {
				found = backends.describeVolumeType(pv.inTreeType());
			}
			return found.map(t::pick).orElse(null);
		}

	}

	static String key(PersistentVolumeClaimFact claim) {
		return claim.namespace() + "/" + claim.name();
	}

	/** Worst first: what needs a reader's eye leads every list. */
	static int rank(Health health) {
		return switch (health) {
			case DOWN -> 0;
			case DEGRADED -> 1;
			case UNKNOWN -> 2;
			case HEALTHY -> 3;
			case NOT_APPLICABLE -> 4;
		};
	}

}
