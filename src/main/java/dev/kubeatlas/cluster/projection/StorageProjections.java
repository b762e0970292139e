package dev.kubeatlas.cluster.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kubeatlas.cluster.facts.CsiDriverFact;
import dev.kubeatlas.cluster.facts.CsiNodeFact;
import dev.kubeatlas.cluster.facts.PersistentVolumeClaimFact;
import dev.kubeatlas.cluster.facts.PersistentVolumeFact;
import dev.kubeatlas.cluster.facts.StorageClassFact;
import dev.kubeatlas.cluster.facts.VolumeAttachmentFact;
import tools.jackson.core.JsonParser;

/** The links of the storage chain: PV, PVC, StorageClass, CSIDriver, CSINode, VolumeAttachment. */
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

	private StorageProjections() {
	}

	static final Projection<PersistentVolumeFact> PERSISTENT_VOLUME = (p, in) -> {
		var v = new Object() {
			Metadata meta;

			String phase = "";

			String message = "";

			long capacity;

			List<String> accessModes = List.of();

			String reclaimPolicy = "";

			String storageClass = "";

			String claimNamespace = "";

			String claimName = "";

			String driver = "";

			String handle = "";

			Map<String, String> attributes = Map.of();

			String inTree = "";

			final List<String> affinity = new ArrayList<>();
		};
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				v.meta = Metadata.read(p, Metadata.PLAIN);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> switch (s) {
					case "capacity" -> {
						v.capacity = storage(p);
						yield true;
					}
					case "accessModes" -> {
						v.accessModes = Json.stringList(p);
						yield true;
					}
					case "persistentVolumeReclaimPolicy" -> {
						v.reclaimPolicy = in.intern(Json.text(p));
						yield true;
					}
					case "storageClassName" -> {
						v.storageClass = in.intern(Json.text(p));
						yield true;
					}
					case "claimRef" -> {
						Json.object(p, (c) -> switch (c) {
							case "namespace" -> {
								v.claimNamespace = Json.text(p);
								yield true;
							}
							case "name" -> {
								v.claimName = Json.text(p);
								yield true;
							}
							default -> false;
						});
						yield true;
					}
					case "csi" -> {
						Json.object(p, (c) -> switch (c) {
							case "driver" -> {
								v.driver = in.intern(Json.text(p));
								yield true;
							}
							case "volumeHandle" -> {
								v.handle = Json.text(p);
								yield true;
							}
							case "volumeAttributes" -> {
								v.attributes = Json.stringMap(p);
								yield true;
							}
							default -> false;
						});
						yield true;
					}
					case "nodeAffinity" -> {
						readAffinity(p, v.affinity);
						yield true;
					}
					default -> {
						if (IN_TREE.contains(s)) {
							v.inTree = s;
						}
						yield false;
					}
				});
				yield true;
			}
			case "status" -> {
				Json.object(p, (s) -> switch (s) {
					case "phase" -> {
						v.phase = in.intern(Json.text(p));
						yield true;
					}
					case "message" -> {
						v.message = Json.text(p);
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = ConfigProjections.required(v.meta);
		return new PersistentVolumeFact(m.name, v.phase, v.capacity, v.accessModes, v.reclaimPolicy, v.storageClass,
				v.claimNamespace, v.claimName, v.driver, v.handle, v.attributes, v.inTree, v.affinity, v.message);
	};

	/**
	 * One string per node selector term, its expressions joined by " && ": terms are alternatives, so they
	 * must stay apart for a reader to tell whether a node may use the volume.
	 */
	private static void readAffinity(JsonParser p, List<String> terms) {
		Json.object(p, (a) -> {
			if (!"required".equals(a)) {
				return false;
			}
			Json.object(p, (r) -> {
				if (!"nodeSelectorTerms".equals(r)) {
					return false;
				}
				Json.array(p, () -> {
					List<String> expressions = new ArrayList<>();
					Json.object(p, (t) -> {
						// matchFields select by metadata.name, which reads the same way as a label.
						if (!"matchExpressions".equals(t) && !"matchFields".equals(t)) {
							return false;
						}
						Json.array(p, () -> expressions.add(readRequirement(p)));
						return true;
					});
					if (!expressions.isEmpty()) {
						terms.add(String.join(" && ", expressions));
					}
				});
				return true;
			});
			return true;
		});
	}

	private static String readRequirement(JsonParser p) {
		String[] keyOp = { "", "" };
		List<String> values = new ArrayList<>();
		Json.object(p, (e) -> switch (e) {
			case "key" -> {
				keyOp[0] = Json.text(p);
				yield true;
			}
			case "operator" -> {
				keyOp[1] = Json.text(p);
				yield true;
			}
			case "values" -> {
				values.addAll(Json.stringList(p));
				yield true;
			}
			default -> false;
		});
		return keyOp[0] + " " + keyOp[1] + (values.isEmpty() ? "" : " " + values);
	}

	static final Projection<PersistentVolumeClaimFact> PERSISTENT_VOLUME_CLAIM = (p, in) -> {
		var c = new Object() {
			Metadata meta;

			String phase = "";

			String storageClass;

			long requested;

			long capacity;

			List<String> accessModes = List.of();

			String volumeMode = "Filesystem";

			String volumeName = "";

			final List<String> conditions = new ArrayList<>();
		};
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				c.meta = Metadata.read(p, CLAIM_METADATA);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> switch (s) {
					case "storageClassName" -> {
						// null and absent both mean "the default class"; only "" asks for no class.
						c.storageClass = p.currentToken() == tools.jackson.core.JsonToken.VALUE_NULL ? null
								: in.intern(Json.text(p));
						yield true;
					}
					case "resources" -> {
						Json.object(p, (r) -> {
							if (!"requests".equals(r)) {
								return false;
							}
							c.requested = storage(p);
							return true;
						});
						yield true;
					}
					case "accessModes" -> {
						c.accessModes = Json.stringList(p);
						yield true;
					}
					case "volumeMode" -> {
						c.volumeMode = in.intern(Json.text(p));
						yield true;
					}
					case "volumeName" -> {
						c.volumeName = Json.text(p);
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			case "status" -> {
				Json.object(p, (s) -> switch (s) {
					case "phase" -> {
						c.phase = in.intern(Json.text(p));
						yield true;
					}
					case "capacity" -> {
						c.capacity = storage(p);
						yield true;
					}
					case "conditions" -> {
						Json.array(p, () -> {
							var condition = Conditions.read(p, in).condition();
							if (condition.isTrue()) {
								c.conditions.add(condition.type());
							}
						});
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = ConfigProjections.required(c.meta);
		return new PersistentVolumeClaimFact(in.intern(m.namespace), m.name, c.phase, c.storageClass, c.requested,
				c.capacity, c.accessModes, c.volumeMode, c.volumeName, c.conditions,
				m.annotations.getOrDefault(SELECTED_NODE, ""), m.created);
	};

	private static long storage(JsonParser p) {
		long[] bytes = { 0 };
		Json.object(p, (r) -> {
			if (!"storage".equals(r)) {
				return false;
			}
			bytes[0] = Quantities.whole(Json.text(p));
			return true;
		});
		return bytes[0];
	}

	static final Projection<StorageClassFact> STORAGE_CLASS = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		// The API fills these defaults in; a hand-written snapshot may not.
		String[] v = { "", "Delete", "Immediate" };
		boolean[] expansion = { false };
		Map<String, String> parameters = new HashMap<>();
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, CLASS_METADATA);
				yield true;
			}
			case "provisioner" -> {
				v[0] = in.intern(Json.text(p));
				yield true;
			}
			case "reclaimPolicy" -> {
				v[1] = in.intern(Json.text(p));
				yield true;
			}
			case "volumeBindingMode" -> {
				v[2] = in.intern(Json.text(p));
				yield true;
			}
			case "allowVolumeExpansion" -> {
				expansion[0] = Json.bool(p);
				yield true;
			}
			case "parameters" -> {
				parameters.putAll(Json.stringMap(p));
				yield true;
			}
			default -> false;
		});
		Metadata m = ConfigProjections.required(meta[0]);
		boolean isDefault = m.annotations.values().stream().anyMatch("true"::equals);
		return new StorageClassFact(m.name, v[0], parameters, v[1], v[2], expansion[0], isDefault, m.created);
	};

	static final Projection<CsiDriverFact> CSI_DRIVER = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		// Defaults as the API documents them for fields left out.
		boolean[] attachAndPodInfo = { true, false };
		String[] fsGroupPolicy = { "ReadWriteOnceWithFSType" };
		List<String> modes = new ArrayList<>(List.of("Persistent"));
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.PLAIN);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> switch (s) {
					case "attachRequired" -> {
						attachAndPodInfo[0] = Json.bool(p);
						yield true;
					}
					case "podInfoOnMount" -> {
						attachAndPodInfo[1] = Json.bool(p);
						yield true;
					}
					case "fsGroupPolicy" -> {
						fsGroupPolicy[0] = Json.text(p);
						yield true;
					}
					case "volumeLifecycleModes" -> {
						modes.clear();
						modes.addAll(Json.stringList(p));
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = ConfigProjections.required(meta[0]);
		return new CsiDriverFact(m.name, attachAndPodInfo[0], attachAndPodInfo[1], fsGroupPolicy[0], modes);
	};

	static final Projection<CsiNodeFact> CSI_NODE = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		List<CsiNodeFact.Driver> drivers = new ArrayList<>();
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.PLAIN);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> {
					if (!"drivers".equals(s)) {
						return false;
					}
					Json.array(p, () -> {
						String[] nameAndId = { "", "" };
						Integer[] count = { null };
						Json.object(p, (d) -> switch (d) {
							case "name" -> {
								nameAndId[0] = in.intern(Json.text(p));
								yield true;
							}
							case "nodeID" -> {
								nameAndId[1] = Json.text(p);
								yield true;
							}
							case "allocatable" -> {
								Json.object(p, (a) -> {
									if ("count".equals(a) && p.currentToken() != tools.jackson.core.JsonToken.VALUE_NULL) {
										count[0] = Json.intValue(p);
										return true;
									}
									return false;
								});
								yield true;
							}
							default -> false;
						});
						drivers.add(new CsiNodeFact.Driver(nameAndId[0], nameAndId[1], count[0]));
					});
					return true;
				});
				yield true;
			}
			default -> false;
		});
		return new CsiNodeFact(ConfigProjections.required(meta[0]).name, drivers);
	};

	static final Projection<VolumeAttachmentFact> VOLUME_ATTACHMENT = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		String[] v = { "", "", "", "", "" };
		boolean[] attached = { false };
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.PLAIN);
				yield true;
			}
			case "spec" -> {
				Json.object(p, (s) -> switch (s) {
					case "attacher" -> {
						v[0] = in.intern(Json.text(p));
						yield true;
					}
					case "nodeName" -> {
						v[1] = in.intern(Json.text(p));
						yield true;
					}
					case "source" -> {
						Json.object(p, (src) -> {
							if ("persistentVolumeName".equals(src)) {
								v[2] = Json.text(p);
								return true;
							}
							return false;
						});
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			case "status" -> {
				Json.object(p, (s) -> switch (s) {
					case "attached" -> {
						attached[0] = Json.bool(p);
						yield true;
					}
					case "attachError" -> {
						v[3] = errorMessage(p);
						yield true;
					}
					case "detachError" -> {
						v[4] = errorMessage(p);
						yield true;
					}
					default -> false;
				});
				yield true;
			}
			default -> false;
		});
		return new VolumeAttachmentFact(ConfigProjections.required(meta[0]).name, v[0], v[1], v[2], attached[0],
				v[3], v[4]);
	};

	private static String errorMessage(JsonParser p) {
		String[] message = { "" };
		Json.object(p, (e) -> {
			if ("message".equals(e)) {
				message[0] = Json.text(p);
				return true;
			}
			return false;
		});
		return message[0];
	}

}
