package dev.kubeprint.cluster.facts;

/** A VolumeAttachment; errors are the attacher's own words. */
public record VolumeAttachmentFact(String name, String attacher, String nodeName, String persistentVolume,
		boolean attached, String attachError, String detachError) {
}
