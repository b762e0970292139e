package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PersistentVolumeFact;
import dev.kubeprint.cluster.facts.StorageClassFact;
import dev.kubeprint.cluster.facts.VolumeAttachmentFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.BrokenLinkView;

/**
 * Broken links that belong to no single claim: the default class, classes no driver serves, Released and
 * Failed volumes, attach and detach errors. Each names the chain it breaks when there is one.
 */
final class UnclaimedBreaks {

	private final StorageIndex index;

	private final Texts t;

	UnclaimedBreaks(StorageIndex index, Texts t) {
		this.index = index;
		this.t = t;
	}

	/** @param chains the ids of the claims that have a chain on the page */
	List<BrokenLinkView> find(Set<String> chains) {
		List<BrokenLinkView> broken = new ArrayList<>(classes());
		broken.addAll(volumes(chains));
		broken.addAll(attachments(chains));
		return broken;
	}

	List<BrokenLinkView> classes() {
		if (!index.known(FactKind.STORAGE_CLASSES)) {
			return List.of();
		}
		List<BrokenLinkView> broken = new ArrayList<>();
		List<StorageClassFact> defaults = index.defaults;
		if (defaults.isEmpty()) {
			broken.add(new BrokenLinkView("default-class-none", Health.DEGRADED, "storageclass",
					t.get("storage.broken.default-class-none"), "kubectl get storageclass", ""));
		}
		else if (defaults.size() > 1) {
			broken.add(new BrokenLinkView("default-class-several", Health.DEGRADED, "storageclass",
					t.get("storage.broken.default-class-several", defaults.size(),
							defaults.stream().map(StorageClassFact::name).sorted().collect(Collectors.joining(", ")),
							index.newestDefault()),
					"kubectl get storageclass", ""));
		}
		if (!index.known(FactKind.CSI_DRIVERS)) {
			return broken;
		}
		for (StorageClassFact storageClass : index.classes.values()) {
			if (!index.hasDriver(storageClass.provisioner())) {
				broken.add(new BrokenLinkView("provisioner-no-driver", Health.DEGRADED,
						"storageclass " + storageClass.name(),
						t.get("storage.broken.provisioner-no-driver", storageClass.name(), storageClass.provisioner()),
						"kubectl get csidriver", ""));
			}
		}
		return broken;
	}

	List<BrokenLinkView> volumes(Set<String> chains) {
		List<BrokenLinkView> broken = new ArrayList<>();
		for (PersistentVolumeFact pv : index.pvs.values()) {
			String claim = claimOf(pv);
			String chain = chains.contains(claim) ? claim : "";
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
		return broken;
	}

	List<BrokenLinkView> attachments(Set<String> chains) {
		List<BrokenLinkView> broken = new ArrayList<>();
		for (List<VolumeAttachmentFact> attachments : index.attachmentsByVolume.values()) {
			for (VolumeAttachmentFact va : attachments) {
				String claim = claimOf(index.pvs.get(va.persistentVolume()));
				String chain = chains.contains(claim) ? claim : "";
				String command = "kubectl describe volumeattachment " + va.name();
				if (!va.attachError().isEmpty()) {
					broken.add(new BrokenLinkView("attach-error", Health.DOWN, "volumeattachment " + va.name(),
							t.get("storage.broken.attach-error", va.nodeName(), va.attachError()), command, chain));
				}
				if (index.known(FactKind.NODES) && !index.nodes.containsKey(va.nodeName())) {
					broken.add(new BrokenLinkView("attachment-node-missing", Health.DEGRADED,
							"volumeattachment " + va.name(),
							t.get("storage.attachment.node-missing", va.nodeName()), command, chain));
				}
				if (!va.detachError().isEmpty()) {
					broken.add(new BrokenLinkView("detach-error", Health.DEGRADED, "volumeattachment " + va.name(),
							t.get("storage.broken.detach-error", va.nodeName(), va.detachError()), command, chain));
				}
			}
		}
		return broken;
	}

	private static String claimOf(PersistentVolumeFact pv) {
		return pv == null || pv.claimName().isEmpty() ? "" : pv.claimNamespace() + "/" + pv.claimName();
	}

}
