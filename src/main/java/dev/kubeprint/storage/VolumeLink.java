package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PersistentVolumeClaimFact;
import dev.kubeprint.cluster.facts.PersistentVolumeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.reference.StorageBackends.InTreePlugin;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
import dev.kubeprint.storage.StorageView.LinkView;

/** PVC → PV: the volume, its phase, its in-tree plugin, and whether its node affinity admits the pods' nodes. */
final class VolumeLink implements LinkEvaluator {

	private final StorageIndex index;

	private final Texts t;

	VolumeLink(StorageIndex index, Texts t) {
		this.index = index;
		this.t = t;
	}

	@Override
	public Evaluated evaluate(ClaimChain chain) {
		PersistentVolumeClaimFact claim = chain.claim();
		PersistentVolumeFact pv = chain.pv();
		String title = t.get("storage.link.pv");
		if (!index.known(FactKind.PERSISTENT_VOLUMES)) {
			return Evaluated.of(new LinkView("pv", title, claim.volumeName().isEmpty() ? "—" : claim.volumeName(),
					Health.UNKNOWN, List.of(), index.unknownReason(FactKind.PERSISTENT_VOLUMES, t)));
		}
		if (pv == null) {
			boolean expected = !claim.volumeName().isEmpty();
			return Evaluated.of(new LinkView("pv", title, expected ? claim.volumeName() : "—",
					expected ? Health.DOWN : Health.NOT_APPLICABLE, List.of(),
					expected ? t.get("storage.pv.gone", claim.volumeName()) : t.get("storage.pv.none")));
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
			if (!pv.fsType().isEmpty()) {
				details.add(t.get("storage.pv.fs-type", pv.fsType()));
			}
			new TreeMap<>(pv.volumeAttributes()).forEach((k, v) -> {
				// The provisioner's identity stamp is noise to a reader.
				if (!k.startsWith("storage.kubernetes.io/")) {
					details.add(k + "=" + v);
				}
			});
		}
		else if (!pv.inTreeType().isEmpty()) {
			String inTree = index.inTreeWords(pv.inTreeType(), t);
			details.add(inTree);
			if (retiring(pv.inTreeType())) {
				health = health.worse(Health.DEGRADED);
				reason = inTree;
			}
		}
		pv.nodeAffinity().forEach((term) -> details.add(t.get("storage.pv.affinity", term)));
		String stale = claimRef(claim, pv, details);
		if (stale != null) {
			health = health.worse(Health.DEGRADED);
			reason = stale;
		}
		List<BrokenLinkView> excluded = excludedPods(chain, pv);
		if (!excluded.isEmpty()) {
			health = Health.DOWN;
			reason = excluded.get(excluded.size() - 1).reason();
		}
		return new Evaluated(new LinkView("pv", title, pv.name(), health, details, reason), excluded);
	}

	/**
	 * Whether the PV's claimRef names this very claim by uid, not only by name: a claim deleted and created
	 * again under the same name leaves a claimRef with the old uid, and the PV will not bind to the new one.
	 * Adds the confirmation to the details; returns the stale reason, or null. Says nothing when either uid is
	 * not in the data, since the name join is all that is left to tell.
	 */
	private String claimRef(PersistentVolumeClaimFact claim, PersistentVolumeFact pv, List<String> details) {
		if (pv.claimUid().isEmpty() || claim.uid().isEmpty()) {
			return null;
		}
		if (pv.claimUid().equals(claim.uid())) {
			details.add(t.get("storage.pv.claim-uid-matches"));
			return null;
		}
		String stale = t.get("storage.pv.claim-uid-stale", pv.claimUid(), claim.uid());
		details.add(stale);
		return stale;
	}

	private boolean retiring(String volumeType) {
		InTreePlugin plugin = index.backends.inTreeVolumeType(volumeType).orElse(null);
		return plugin != null && (plugin.status() == InTreePlugin.Status.DEPRECATED
				|| plugin.status() == InTreePlugin.Status.REMOVED);
	}

	/** Every pod whose node the volume's node affinity does not admit: the pod can never mount it there. */
	private List<BrokenLinkView> excludedPods(ClaimChain chain, PersistentVolumeFact pv) {
		if (!index.known(FactKind.NODES) || pv.nodeAffinity().isEmpty()) {
			return List.of();
		}
		List<BrokenLinkView> broken = new ArrayList<>();
		for (PodFact pod : chain.pods()) {
			NodeFact node = pod.scheduled() ? index.nodes.get(pod.nodeName()) : null;
			if (node != null && !NodeAffinity.admits(pv.nodeAffinity(), node.name(), node.labels())) {
				String reason = t.get("storage.broken.node-affinity-excludes", pv.name(),
						String.join(" || ", pv.nodeAffinity()), pod.namespace() + "/" + pod.name(), node.name());
				broken.add(new BrokenLinkView("node-affinity-excludes", Health.DOWN, "pv " + pv.name(), reason,
						"kubectl describe pv " + pv.name(), chain.id()));
			}
		}
		return broken;
	}

}
