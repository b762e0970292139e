package dev.kubeprint.cluster.facts;

/**
 * A VolumeAttachment; errors are the attacher's own words.
 *
 * @param owner "Kind/name" of its owner, empty when it has none: the attach/detach controller sets none, so an
 * owner says something else created it
 * @param devicePath status.attachmentMetadata.devicePath, where the driver says the disk appeared on the node
 * (e.g. /dev/xvdba); empty when not written
 */
public record VolumeAttachmentFact(String name, String attacher, String nodeName, String persistentVolume,
		boolean attached, String attachError, String detachError, String owner, String devicePath) {
}
