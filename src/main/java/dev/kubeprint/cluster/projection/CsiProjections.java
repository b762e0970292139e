package dev.kubeprint.cluster.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.kubeprint.cluster.facts.CsiDriverFact;
import dev.kubeprint.cluster.facts.CsiNodeFact;
import dev.kubeprint.cluster.facts.VolumeAttachmentFact;
import tools.jackson.core.JsonToken;

/**
 * The CSI objects: a CSIDriver, and a CSINode with the drivers registered on its node and the in-tree plugins
 * the kubelet serves through CSI there; and a VolumeAttachment, the attacher's record of a CSI volume on a node.
 */
final class CsiProjections {

	/** Written by the kubelet: the in-tree plugins it has migrated to CSI on this node. */
	static final String MIGRATED_PLUGINS = "storage.alpha.kubernetes.io/migrated-plugins";

	private CsiProjections() {
	}

	private static final Fields<CsiDriver> CSI_DRIVER_FIELDS = new Fields<CsiDriver>()
		.field("metadata", (p, d) -> d.meta = Metadata.read(p, Metadata.PLAIN))
		.object("spec", new Fields<CsiDriver>().bool("attachRequired", (d, v) -> d.attachRequired = v)
			.bool("podInfoOnMount", (d, v) -> d.podInfoOnMount = v)
			.text("fsGroupPolicy", (d, v) -> d.fsGroupPolicy = v)
			.strings("volumeLifecycleModes", (d, v) -> {
				d.modes.clear();
				d.modes.addAll(v);
			}));

	static final Projection<CsiDriverFact> CSI_DRIVER = (p, in) -> {
		CsiDriver d = CSI_DRIVER_FIELDS.read(p, new CsiDriver());
		Metadata m = ConfigProjections.required(d.meta);
		return new CsiDriverFact(m.name, d.attachRequired, d.podInfoOnMount, d.fsGroupPolicy, d.modes);
	};

	private static final class CsiDriver {

		Metadata meta;

		// Defaults as the API documents them for fields left out.
		boolean attachRequired = true;

		boolean podInfoOnMount;

		String fsGroupPolicy = "ReadWriteOnceWithFSType";

		final List<String> modes = new ArrayList<>(List.of("Persistent"));

	}

	private static final Fields<Metadata> CSI_NODE_METADATA = Metadata.fields(false, MIGRATED_PLUGINS::equals);

	private static final Fields<CsiNodeDriver> CSI_NODE_DRIVER = new Fields<CsiNodeDriver>()
		.text("name", (d, v) -> d.name = d.in.intern(v))
		.text("nodeID", (d, v) -> d.nodeId = v)
		.object("allocatable", new Fields<CsiNodeDriver>().field("count", (p, d) -> {
			if (p.currentToken() != JsonToken.VALUE_NULL) {
				d.count = Json.intValue(p);
			}
		}));

	private static final Fields<CsiNode> CSI_NODE_FIELDS = new Fields<CsiNode>()
		.field("metadata", (p, n) -> n.meta = Metadata.read(p, CSI_NODE_METADATA))
		.object("spec", new Fields<CsiNode>().each("drivers", (p, n) -> {
			CsiNodeDriver d = CSI_NODE_DRIVER.read(p, new CsiNodeDriver(n.in));
			n.drivers.add(new CsiNodeFact.Driver(d.name, d.nodeId, d.count));
		}));

	static final Projection<CsiNodeFact> CSI_NODE = (p, in) -> {
		CsiNode n = CSI_NODE_FIELDS.read(p, new CsiNode(in));
		Metadata m = ConfigProjections.required(n.meta);
		List<String> migrated = Arrays.stream(m.annotations.getOrDefault(MIGRATED_PLUGINS, "").split(","))
			.map(String::trim)
			.filter((s) -> !s.isEmpty())
			.map(in::intern)
			.toList();
		return new CsiNodeFact(m.name, n.drivers, migrated);
	};

	private static final class CsiNode {

		final Interner in;

		Metadata meta;

		final List<CsiNodeFact.Driver> drivers = new ArrayList<>();

		CsiNode(Interner in) {
			this.in = in;
		}

	}

	private static final class CsiNodeDriver {

		final Interner in;

		String name = "";

		String nodeId = "";

		/** Null when the driver sets no limit. */
		Integer count;

		CsiNodeDriver(Interner in) {
			this.in = in;
		}

	}

	private static final Fields<Attachment> ATTACHMENT_FIELDS = new Fields<Attachment>()
		.field("metadata", (p, a) -> a.meta = Metadata.read(p, Metadata.PLAIN))
		.object("spec", new Fields<Attachment>().text("attacher", (a, v) -> a.attacher = v)
			.text("nodeName", (a, v) -> a.nodeName = v)
			.object("source", new Fields<Attachment>().text("persistentVolumeName", (a, v) -> a.volumeName = v)))
		.object("status", new Fields<Attachment>().bool("attached", (a, v) -> a.attached = v)
			.object("attachmentMetadata", new Fields<Attachment>().text("devicePath", (a, v) -> a.devicePath = v))
			.object("attachError", new Fields<Attachment>().text("message", (a, v) -> a.attachError = v))
			.object("detachError", new Fields<Attachment>().text("message", (a, v) -> a.detachError = v)));

	static final Projection<VolumeAttachmentFact> VOLUME_ATTACHMENT = (p, in) -> {
		Attachment a = ATTACHMENT_FIELDS.read(p, new Attachment());
		Metadata meta = ConfigProjections.required(a.meta);
		return new VolumeAttachmentFact(meta.name, in.intern(a.attacher), in.intern(a.nodeName), a.volumeName,
				a.attached, a.attachError, a.detachError,
				meta.ownerKind.isEmpty() ? "" : meta.ownerKind + "/" + meta.ownerName, a.devicePath);
	};

	private static final class Attachment {

		Metadata meta;

		String attacher = "";

		String nodeName = "";

		String volumeName = "";

		boolean attached;

		String attachError = "";

		String detachError = "";

		/** Only devicePath of the driver's attachment metadata: the rest is the driver's own business. */
		String devicePath = "";

	}

}
