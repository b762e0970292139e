package dev.kubeatlas.cluster.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.kubeatlas.cluster.facts.ConfigMapFact;
import dev.kubeatlas.cluster.facts.NamespaceFact;
import dev.kubeatlas.cluster.facts.SecretFact;

/** Namespaces, ConfigMaps and Secrets: the objects counted and sized by the scale limits. */
final class ConfigProjections {

	/**
	 * The ConfigMaps that describe the cluster itself; only these keep their data. Everything else is sized
	 * and forgotten.
	 */
	static final Set<String> DESCRIBING_CLUSTER = Set.of("kube-system/kubeadm-config", "kube-system/kube-proxy",
			"kube-system/kubelet-config", "kube-system/coredns", "kube-system/calico-config",
			"kube-system/cilium-config", "kube-system/kube-flannel-cfg", "kube-flannel/kube-flannel-cfg",
			"kube-system/eni-config", "kube-system/amazon-vpc-cni", "calico-system/cni-config",
			"kube-system/terway-config");

	private ConfigProjections() {
	}

	static final Projection<NamespaceFact> NAMESPACE = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		String[] phase = { "" };
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.LABELLED);
				yield true;
			}
			case "status" -> {
				Json.object(p, (s) -> {
					if ("phase".equals(s)) {
						phase[0] = in.intern(Json.text(p));
						return true;
					}
					return false;
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = required(meta[0]);
		return new NamespaceFact(m.name, phase[0], m.labels);
	};

	static final Projection<ConfigMapFact> CONFIG_MAP = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		long[] size = { 0 };
		Map<String, String> data = new HashMap<>();
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.PLAIN);
				yield true;
			}
			case "data" -> {
				// API servers send metadata first, kubectl sorts it after data: when the name is not known yet,
				// this one object's data is held until it is, then dropped unless it describes the cluster.
				boolean drop = meta[0] != null && !describesCluster(meta[0]);
				Json.object(p, (key) -> {
					String value = Json.text(p);
					size[0] += utf8Length(key) + utf8Length(value);
					if (!drop) {
						data.put(key, value);
					}
					return true;
				});
				yield true;
			}
			case "binaryData" -> {
				Json.object(p, (key) -> {
					size[0] += utf8Length(key) + base64DecodedLength(Json.text(p));
					return true;
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = required(meta[0]);
		return new ConfigMapFact(in.intern(m.namespace), m.name, size[0], describesCluster(m) ? data : Map.of());
	};

	/** Sizes only: the values are measured as they stream past and never stored. */
	static final Projection<SecretFact> SECRET = (p, in) -> {
		Metadata[] meta = new Metadata[1];
		long[] size = { 0 };
		int[] keys = { 0 };
		String[] type = { "Opaque" };
		Json.object(p, (f) -> switch (f) {
			case "metadata" -> {
				meta[0] = Metadata.read(p, Metadata.PLAIN);
				yield true;
			}
			case "type" -> {
				type[0] = in.intern(Json.text(p));
				yield true;
			}
			case "data", "stringData" -> {
				boolean encoded = "data".equals(f);
				// A length rounded to whole base64 quads over-counts by at most two bytes, which no limit notices,
				// and spares decoding what must not be kept anyway.
				Json.object(p, (key) -> {
					int length = p.getStringLength();
					size[0] += utf8Length(key) + (encoded ? length / 4L * 3 : length);
					keys[0]++;
					return false;
				});
				yield true;
			}
			default -> false;
		});
		Metadata m = required(meta[0]);
		return new SecretFact(in.intern(m.namespace), m.name, type[0], size[0], keys[0]);
	};

	private static boolean describesCluster(Metadata meta) {
		return DESCRIBING_CLUSTER.contains(meta.namespace + "/" + meta.name);
	}

	static Metadata required(Metadata meta) {
		if (meta == null) {
			throw new ProjectionException("metadata is missing");
		}
		return meta;
	}

	static long utf8Length(String s) {
		long n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x80) {
				n += 1;
			}
			else if (c < 0x800) {
				n += 2;
			}
			else if (Character.isHighSurrogate(c)) {
				n += 4;
				i++;
			}
			else {
				n += 3;
			}
		}
		return n;
	}

	static long base64DecodedLength(String encoded) {
		int length = encoded.length();
		int padding = encoded.endsWith("==") ? 2 : encoded.endsWith("=") ? 1 : 0;
		return Math.max(0, length / 4 * 3 - padding);
	}

}
