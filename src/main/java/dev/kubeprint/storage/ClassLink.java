package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.StorageClassFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
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
		boolean named = className != null && !className.isEmpty();
		if (!index.known(FactKind.STORAGE_CLASSES)) {
			if (named) {
				// Not known is not fine: the class is unresolved, and the broken links say so too.
				String reason = t.get("storage.class.unresolved", className, referrers(chain),
						index.unknownReason(FactKind.STORAGE_CLASSES, t));
				return new Evaluated(new LinkView("storageclass", title, className, Health.UNKNOWN, List.of(), reason),
						List.of(broken("class-unresolved", Health.UNKNOWN, chain, reason)));
			}
			return Evaluated.of(new LinkView("storageclass", title, "—", Health.UNKNOWN, List.of(),
					index.unknownReason(FactKind.STORAGE_CLASSES, t)));
		}
		if (storageClass == null) {
			if (named) {
				String reason = t.get("storage.class.missing", className, referrers(chain));
				// A Pending claim's missing class is reported by the claim's own link.
				List<BrokenLinkView> broken = chain.pv() == null ? List.of()
						: List.of(broken("class-missing", Health.DOWN, chain, reason));
				return new Evaluated(new LinkView("storageclass", title, className, Health.DOWN, List.of(), reason),
						broken);
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

	/** "PVC and PV" when both name the class, else the one that does: the reader looks there. */
	private String referrers(ClaimChain chain) {
		boolean byClaim = chain.claim().storageClass() != null && !chain.claim().storageClass().isEmpty();
		boolean byVolume = chain.pv() != null && chain.className().equals(chain.pv().storageClass());
		return t.get(byClaim && byVolume ? "storage.class.by.both" : byVolume ? "storage.class.by.pv"
				: "storage.class.by.pvc");
	}

	private static BrokenLinkView broken(String kind, Health health, ClaimChain chain, String reason) {
		return new BrokenLinkView(kind, health, "storageclass " + chain.className(), reason,
				"kubectl get storageclass " + chain.className(), chain.id());
	}

}
