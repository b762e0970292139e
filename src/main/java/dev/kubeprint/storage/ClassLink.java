package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.StorageClassFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.LinkView;

/** PV → StorageClass: the class the claim gets, and whether a driver serves its provisioner. */
final class ClassLink implements LinkEvaluator {

	private final StorageIndex index;

	private final Texts t;

	ClassLink(StorageIndex index, Texts t) {
		this.index = index;
		this.t = t;
	}

	@Override
	public Evaluated evaluate(ClaimChain chain) {
		String className = chain.className();
		StorageClassFact storageClass = chain.storageClass();
		String title = t.get("storage.link.storageclass");
		if (!index.known(FactKind.STORAGE_CLASSES)) {
			return Evaluated.of(new LinkView("storageclass", title, className == null ? "—" : className,
					Health.UNKNOWN, List.of(), index.unknownReason(FactKind.STORAGE_CLASSES, t)));
		}
		if (storageClass == null) {
			if (className != null && !className.isEmpty()) {
				return Evaluated.of(new LinkView("storageclass", title, className, Health.DOWN, List.of(),
						t.get("storage.class.missing", className)));
			}
			return Evaluated.of(new LinkView("storageclass", title, "—", Health.NOT_APPLICABLE, List.of(),
					t.get(chain.pv() == null ? "storage.class.none" : "storage.class.static")));
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
		boolean served = index.hasDriver(storageClass.provisioner());
		// A class no driver serves is one broken link for all its claims, reported once by UnclaimedBreaks.
		return Evaluated.of(new LinkView("storageclass", title, storageClass.name(),
				served ? Health.HEALTHY : Health.DEGRADED, details,
				served ? t.get("storage.class.ok", storageClass.provisioner())
						: t.get("storage.broken.provisioner-no-driver", storageClass.name(),
								storageClass.provisioner())));
	}

}
