package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.CsiDriverFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PersistentVolumeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.VolumeAttachmentFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.LinkView;

/**
 * CSINode → VolumeAttachment: whether the volume is attached where its pods run. Attach and detach errors
 * are broken links of the attachment, not of the claim, so {@link UnclaimedBreaks} reports them.
 */
final class AttachmentLink implements LinkEvaluator {

	private static final Pattern CONTROLLER_NAME = Pattern.compile("csi-[0-9a-f]{64}");

	private final StorageIndex index;

	private final Texts t;

	AttachmentLink(StorageIndex index, Texts t) {
		this.index = index;
		this.t = t;
	}

	@Override
	public Evaluated evaluate(ClaimChain chain) {
		String driver = chain.driver();
		PersistentVolumeFact pv = chain.pv();
		String title = t.get("storage.link.volumeattachment");
		if (driver == null || pv == null) {
			return Evaluated.of(new LinkView("volumeattachment", title, "—", Health.NOT_APPLICABLE, List.of(),
					t.get("storage.attachment.none")));
		}
		CsiDriverFact object = index.drivers.get(driver);
		// Without a CSIDriver object Kubernetes assumes attachRequired, as the API documents.
		if (object != null && !object.attachRequired()) {
			return Evaluated.of(new LinkView("volumeattachment", title, "—", Health.NOT_APPLICABLE, List.of(),
					t.get("storage.attachment.not-required", driver)));
		}
		if (!index.known(FactKind.VOLUME_ATTACHMENTS)) {
			return Evaluated.of(new LinkView("volumeattachment", title, "—", Health.UNKNOWN, List.of(),
					index.unknownReason(FactKind.VOLUME_ATTACHMENTS, t)));
		}
		List<VolumeAttachmentFact> attachments = index.attachmentsByVolume.getOrDefault(pv.name(), List.of());
		if (attachments.isEmpty()) {
			boolean expected = chain.pods().stream().anyMatch(PodFact::scheduled);
			return Evaluated.of(new LinkView("volumeattachment", title, "—",
					expected ? Health.DEGRADED : Health.NOT_APPLICABLE, List.of(),
					t.get(expected ? "storage.attachment.missing" : "storage.attachment.idle")));
		}
		return Evaluated.of(attached(title, attachments));
	}

	private LinkView attached(String title, List<VolumeAttachmentFact> attachments) {
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
			if (!va.devicePath().isEmpty()) {
				details.add(t.get("storage.attachment.device-path", va.devicePath()));
			}
			String node = nodeCheck(va);
			if (node != null) {
				// Attached to a node the data cannot show: not fine, and not provably broken either.
				health = health.worse(index.known(FactKind.NODES) ? Health.DEGRADED : Health.UNKNOWN);
				reason = node;
				details.add(node);
			}
			creator(va).ifPresent(details::add);
		}
		String name = attachments.size() == 1 ? attachments.get(0).name()
				: t.get("storage.attachment.count", attachments.size());
		return new LinkView("volumeattachment", title, name, health, details, reason);
	}

	/** Why the attachment's node is in doubt, or null when the node is in the data. */
	String nodeCheck(VolumeAttachmentFact va) {
		if (!index.known(FactKind.NODES)) {
			return t.get("storage.attachment.node-unknown", va.nodeName(), index.unknownReason(FactKind.NODES, t));
		}
		return index.nodes.containsKey(va.nodeName()) ? null : t.get("storage.attachment.node-missing", va.nodeName());
	}

	/**
	 * The attach/detach controller names its attachments csi-&lt;sha256&gt; and sets no owner: another name with an
	 * owner means something else made it, which a reader debugging a stuck attach must know.
	 */
	Optional<String> creator(VolumeAttachmentFact va) {
		if (va.owner().isEmpty() || CONTROLLER_NAME.matcher(va.name()).matches()) {
			return Optional.empty();
		}
		return Optional.of(t.get("storage.attachment.other-creator", va.owner()));
	}

}
