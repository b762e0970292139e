package dev.kubeprint.cluster.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kubeprint.cluster.facts.PersistentVolumeClaimFact;
import dev.kubeprint.cluster.facts.PersistentVolumeFact;
import dev.kubeprint.cluster.facts.StorageClassFact;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The links of the storage chain: PV, PVC, StorageClass (VolumeAttachment and the CSI objects are in CsiProjections). */
final class StorageProjections {

	/** Volume sources a PV may use instead of CSI; their presence names the in-tree plugin. */
	private static final Set<String> IN_TREE = Set.of("awsElasticBlockStore", "azureDisk", "azureFile", "cephfs",
			"cinder", "fc", "flexVolume", "flocker", "gcePersistentDisk", "glusterfs", "hostPath", "iscsi", "local",
			"nfs", "photonPersistentDisk", "portworxVolume", "quobyte", "rbd", "scaleIO", "storageos",
			"vsphereVolume");

	private static final Set<String> DEFAULT_CLASS_ANNOTATIONS = Set.of("storageclass.kubernetes.io/is-default-class",
			"storageclass.beta.kubernetes.io/is-default-class");

	private static final Fields<Metadata> CLASS_METADATA = Metadata.fields(false, DEFAULT_CLASS_ANNOTATIONS::contains);

	private static final String SELECTED_NODE = "volume.kubernetes.io/selected-node";

	private static final Fields<Metadata> CLAIM_METADATA = Metadata.fields(false, SELECTED_NODE::equals);

	/** A quantity map such as capacity or requests, of which storage only counts here. */
	private static final Fields<long[]> STORAGE = new Fields<long[]>()
		.text("storage", (bytes, v) -> bytes[0] = Quantities.whole(v));

	private StorageProjections() {
	}

	private static final Fields<Requirement> REQUIREMENT = new Fields<Requirement>()
		.text("key", (r, v) -> r.key = v)
		.text("operator", (r, v) -> r.operator = v)
		.strings("values", (r, v) -> r.values.addAll(v));

	private static final Fields.Reader<List<String>> EXPRESSION = (p, expressions) -> expressions
		.add(REQUIREMENT.read(p, new Requirement()).describe());

	// matchFields select by metadata.name, which reads the same way as a label.
	private static final Fields<List<String>> TERM = new Fields<List<String>>().each("matchExpressions", EXPRESSION)
		.each("matchFields", EXPRESSION);

	/**
	 * One string per node selector term, its expressions joined by " && ": terms are alternatives, so they
	 * must stay apart for a reader to tell whether a node may use the volume.
	 */
	private static final Fields<Volume> AFFINITY = new Fields<Volume>().object("required",
			new Fields<Volume>().each("nodeSelectorTerms", (p, v) -> {
				List<String> expressions = TERM.read(p, new ArrayList<>());
				if (!expressions.isEmpty()) {
					v.affinity.add(String.join(" && ", expressions));
				}
			}));

	private static final Fields<Volume> VOLUME_FIELDS = new Fields<Volume>()
		.field("metadata", (p, v) -> v.meta = Metadata.read(p, Metadata.PLAIN))
		.object("spec", volumeSpec())
		.object("status",
				new Fields<Volume>().text("phase", (v, s) -> v.phase = s)
					.text("message", (v, s) -> v.message = s));

	private static Fields<Volume> volumeSpec() {
		Fields<Volume> spec = new Fields<Volume>().field("capacity", (p, v) -> v.capacity = storage(p))
			.strings("accessModes", (v, s) -> v.accessModes = s)
			.text("persistentVolumeReclaimPolicy", (v, s) -> v.reclaimPolicy = s)
			.text("storageClassName", (v, s) -> v.storageClass = s)
			.object("claimRef",
					new Fields<Volume>().text("namespace", (v, s) -> v.claimNamespace = s)
						.text("name", (v, s) -> v.claimName = s)
						.text("uid", (v, s) -> v.claimUid = s))
			.object("csi",
					new Fields<Volume>().text("driver", (v, s) -> v.driver = s)
						.text("volumeHandle", (v, s) -> v.handle = s)
						.text("fsType", (v, s) -> v.fsType = s)
						.map("volumeAttributes", (v, s) -> v.attributes = s))
			.object("nodeAffinity", AFFINITY);
		for (String plugin : IN_TREE) {
			// Only the plugin's name is kept: its settings are the plugin's business.
			spec.field(plugin, (p, v) -> {
				v.inTree = plugin;
				p.skipChildren();
			});
		}
		return spec;
	}

	static final Projection<PersistentVolumeFact> PERSISTENT_VOLUME = (p, in) -> {
		Volume v = VOLUME_FIELDS.read(p, new Volume());
		Metadata m = ConfigProjections.required(v.meta);
		return new PersistentVolumeFact(m.name, in.intern(v.phase), v.capacity, v.accessModes,
				in.intern(v.reclaimPolicy), in.intern(v.storageClass), v.claimNamespace, v.claimName,
				in.intern(v.driver), v.handle, v.attributes, v.inTree, v.affinity, v.message,
				v.claimUid, in.intern(v.fsType));
	};

	private static final class Volume {

		Metadata meta;

		String phase = "";

		String message = "";

		long capacity;

		List<String> accessModes = List.of();

		String reclaimPolicy = "";

		String storageClass = "";

		String claimNamespace = "";

		String claimName = "";

		String claimUid = "";

		String driver = "";

		String fsType = "";

		String handle = "";

		Map<String, String> attributes = Map.of();

		String inTree = "";

		final List<String> affinity = new ArrayList<>();

	}

	private static final class Requirement {

		String key = "";

		String operator = "";

		final List<String> values = new ArrayList<>();

		String describe() {
			return key + " " + operator + (values.isEmpty() ? "" : " " + values);
		}

	}

	private static final Fields<Claim> CLAIM_FIELDS = new Fields<Claim>()
		.field("metadata", (p, c) -> c.meta = Metadata.read(p, CLAIM_METADATA))
		.object("spec", new Fields<Claim>()
			// null and absent both mean "the default class"; only "" asks for no class.
			.field("storageClassName", (p, c) -> c.storageClass = (p.currentToken() == JsonToken.VALUE_NULL) ? null
					: c.in.intern(Json.text(p)))
			.object("resources", new Fields<Claim>().field("requests", (p, c) -> c.requested = storage(p)))
			.strings("accessModes", (c, v) -> c.accessModes = v)
			.text("volumeMode", (c, v) -> c.volumeMode = c.in.intern(v))
			.text("volumeName", (c, v) -> c.volumeName = v))
		.object("status",
				new Fields<Claim>().text("phase", (c, v) -> c.phase = c.in.intern(v))
					.field("capacity", (p, c) -> c.capacity = storage(p))
					.each("conditions", (p, c) -> {
						var condition = Conditions.read(p, c.in);
						if (condition.isTrue()) {
							c.conditions.add(condition.type());
						}
					}));

	static final Projection<PersistentVolumeClaimFact> PERSISTENT_VOLUME_CLAIM = (p, in) -> {
		Claim c = CLAIM_FIELDS.read(p, new Claim(in));
		Metadata m = ConfigProjections.required(c.meta);
		return new PersistentVolumeClaimFact(in.intern(m.namespace), m.name, c.phase, c.storageClass, c.requested,
				c.capacity, c.accessModes, c.volumeMode, c.volumeName, c.conditions,
				m.annotations.getOrDefault(SELECTED_NODE, ""), m.created, m.uid);
	};

	private static final class Claim {

		final Interner in;

		Metadata meta;

		String phase = "";

		String storageClass;

		long requested;

		long capacity;

		List<String> accessModes = List.of();

		String volumeMode = "Filesystem";

		String volumeName = "";

		final List<String> conditions = new ArrayList<>();

		Claim(Interner in) {
			this.in = in;
		}

	}

	private static long storage(JsonParser p) {
		return STORAGE.read(p, new long[1])[0];
	}

	private static final Fields<StorageClass> STORAGE_CLASS_FIELDS = new Fields<StorageClass>()
		.field("metadata", (p, s) -> s.meta = Metadata.read(p, CLASS_METADATA))
		.text("provisioner", (s, v) -> s.provisioner = v)
		.text("reclaimPolicy", (s, v) -> s.reclaimPolicy = v)
		.text("volumeBindingMode", (s, v) -> s.bindingMode = v)
		.bool("allowVolumeExpansion", (s, v) -> s.expansion = v)
		.map("parameters", (s, v) -> s.parameters.putAll(v));

	static final Projection<StorageClassFact> STORAGE_CLASS = (p, in) -> {
		StorageClass s = STORAGE_CLASS_FIELDS.read(p, new StorageClass());
		Metadata m = ConfigProjections.required(s.meta);
		boolean isDefault = m.annotations.values().stream().anyMatch("true"::equals);
		return new StorageClassFact(m.name, in.intern(s.provisioner), s.parameters, in.intern(s.reclaimPolicy),
				in.intern(s.bindingMode), s.expansion, isDefault, m.created);
	};

	private static final class StorageClass {

		Metadata meta;

		// The API fills these defaults in; a hand-written snapshot may not.
		String provisioner = "";

		String reclaimPolicy = "Delete";

		String bindingMode = "Immediate";

		boolean expansion;

		final Map<String, String> parameters = new HashMap<>();

	}

}
