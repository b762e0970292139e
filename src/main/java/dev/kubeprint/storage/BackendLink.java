package dev.kubeprint.storage;

import java.util.List;

import dev.kubeprint.cluster.facts.PersistentVolumeFact;
import dev.kubeprint.cluster.facts.StorageClassFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.LinkView;

/** The last link: the storage behind the volume in words ("AWS EBS gp3"), from the reference data. */
final class BackendLink implements LinkEvaluator {

	private final StorageIndex index;

	private final Texts t;

	BackendLink(StorageIndex index, Texts t) {
		this.index = index;
		this.t = t;
	}

	@Override
	public Evaluated evaluate(ClaimChain chain) {
		PersistentVolumeFact pv = chain.pv();
		StorageClassFact storageClass = chain.storageClass();
		String title = t.get("storage.link.backend");
		String provisioner = storageClass != null ? storageClass.provisioner() : pv != null ? pv.csiDriver() : "";
		List<String> details = provisioner.isEmpty() ? List.of() : List.of(provisioner);
		String words = index.backend(pv, storageClass).map(t::pick).orElse(null);
		if (words == null) {
			return Evaluated.of(new LinkView("backend", title,
					provisioner.isEmpty() ? "—" : t.get("storage.backend.unknown"), Health.NOT_APPLICABLE, details,
					provisioner.isEmpty() ? t.get("storage.backend.none")
							: t.get("storage.backend.unknown.reason", provisioner)));
		}
		boolean provisioned = pv != null;
		return Evaluated.of(new LinkView("backend", title, words, provisioned ? Health.HEALTHY : Health.NOT_APPLICABLE,
				details, t.get(provisioned ? "storage.backend.provisioned" : "storage.backend.not-yet", words)));
	}

}
