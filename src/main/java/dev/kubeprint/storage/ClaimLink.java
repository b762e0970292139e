package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.List;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PersistentVolumeClaimFact;
import dev.kubeprint.cluster.facts.StorageClassFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.i18n.Units;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
import dev.kubeprint.storage.StorageView.LinkView;

/** The PVC itself and its phase: why a Pending claim does not bind, a Lost one, a resize that is not done. */
final class ClaimLink implements LinkEvaluator {

	private static final String WAIT_FOR_FIRST_CONSUMER = "WaitForFirstConsumer";

	private final StorageIndex index;

	private final Texts t;

	ClaimLink(StorageIndex index, Texts t) {
		this.index = index;
		this.t = t;
	}

	/** What the phase says: the link's health and reason, and the broken link's kind when it is one. */
	private record Verdict(String kind, Health health, String reason) {
	}

	@Override
	public Evaluated evaluate(ClaimChain chain) {
		PersistentVolumeClaimFact claim = chain.claim();
		List<String> details = new ArrayList<>();
		details.add(claim.phase().isEmpty() ? "—" : claim.phase());
		details.add(t.get("storage.pvc.capacity", Units.bytes(claim.requestedBytes()),
				claim.capacityBytes() > 0 ? Units.bytes(claim.capacityBytes()) : "—"));
		details.add(String.join(", ", claim.accessModes()) + " · " + claim.volumeMode());
		details.add(t.get("storage.pvc.class", claim.storageClass() == null ? t.get("storage.pvc.class.default")
				: claim.storageClass().isEmpty() ? t.get("storage.pvc.class.none") : claim.storageClass()));
		Verdict verdict = switch (claim.phase()) {
			case "Pending" -> pending(chain);
			case "Lost" -> new Verdict("pvc-lost", Health.DOWN, t.get("storage.broken.pvc-lost", claim.volumeName()));
			case "Bound" -> bound(chain);
			default -> new Verdict(null, Health.UNKNOWN,
					t.get("storage.pvc.phase", claim.phase().isEmpty() ? "—" : claim.phase()));
		};
		LinkView link = new LinkView("pvc", t.get("storage.link.pvc"), claim.name(), verdict.health(), details,
				verdict.reason());
		if (verdict.kind() == null) {
			return Evaluated.of(link);
		}
		String command = "kubectl -n " + claim.namespace() + " describe pvc " + claim.name();
		return new Evaluated(link, List.of(new BrokenLinkView(verdict.kind(), verdict.health(), "pvc " + chain.id(),
				verdict.reason(), command, chain.id())));
	}

	private Verdict pending(ClaimChain chain) {
		String className = chain.className();
		StorageClassFact storageClass = chain.storageClass();
		boolean classesKnown = index.known(FactKind.STORAGE_CLASSES);
		if (chain.pv() == null && "".equals(chain.claim().storageClass())) {
			return new Verdict("pvc-pending-no-class", Health.DOWN,
					t.get("storage.broken.pvc-pending-no-class.empty"));
		}
		if (className == null && classesKnown) {
			return new Verdict("pvc-pending-no-class", Health.DOWN,
					t.get("storage.broken.pvc-pending-no-class.no-default"));
		}
		if (className != null && !className.isEmpty() && storageClass == null && classesKnown) {
			return new Verdict("pvc-pending-missing-class", Health.DOWN,
					t.get("storage.broken.pvc-pending-missing-class", className));
		}
		if (storageClass != null && (storageClass.provisioner().isEmpty()
				|| StorageAnalyzer.NO_PROVISIONER.equals(storageClass.provisioner()))) {
			return new Verdict("pvc-pending-no-provisioner", Health.DOWN,
					t.get("storage.broken.pvc-pending-no-provisioner", storageClass.name()));
		}
		if (storageClass != null && WAIT_FOR_FIRST_CONSUMER.equals(storageClass.volumeBindingMode())
				&& index.known(FactKind.PODS) && chain.pods().isEmpty()) {
			return new Verdict("pvc-waiting-for-consumer", Health.DEGRADED,
					t.get("storage.broken.pvc-waiting-for-consumer", storageClass.name()));
		}
		return new Verdict("pvc-pending", Health.DEGRADED,
				t.get("storage.broken.pvc-pending", storageClass == null ? "—" : storageClass.provisioner()));
	}

	/** Bound, and bigger than it was asked to be: the resize is still under way or cannot happen. */
	private Verdict bound(ClaimChain chain) {
		PersistentVolumeClaimFact claim = chain.claim();
		if (claim.capacityBytes() <= 0 || claim.requestedBytes() <= claim.capacityBytes()) {
			return new Verdict(null, Health.HEALTHY, t.get("storage.pvc.bound", claim.volumeName()));
		}
		String requested = Units.bytes(claim.requestedBytes());
		String actual = Units.bytes(claim.capacityBytes());
		StorageClassFact storageClass = chain.storageClass();
		String reason;
		if (claim.conditions().contains("FileSystemResizePending")) {
			reason = t.get("storage.broken.resize-pending.filesystem", requested, actual);
		}
		else if (storageClass != null && !storageClass.allowVolumeExpansion()) {
			reason = t.get("storage.broken.resize-pending.not-allowed", requested, actual, storageClass.name());
		}
		else {
			reason = t.get("storage.broken.resize-pending", requested, actual);
		}
		return new Verdict("resize-pending", Health.DEGRADED, reason);
	}

}
