package dev.kubeprint.cluster.projection;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.NamespaceFact;
import dev.kubeprint.cluster.facts.SecretFact;
import tools.jackson.core.JsonParser;

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

	/**
	 * kubeadm before 1.24 named the kubelet's ConfigMap after the minor version (kubelet-config-1.21); an
	 * upgraded cluster keeps one per version it passed through, so every one is kept and the reader picks.
	 */
	private static final Pattern VERSIONED_KUBELET_CONFIG = Pattern.compile("kubelet-config-1\\.[0-9]{1,3}");

	private ConfigProjections() {
	}

	private static final Fields<Namespace> NAMESPACE_FIELDS = new Fields<Namespace>()
		.field("metadata", (p, n) -> n.meta = Metadata.read(p, Metadata.LABELLED))
		.object("status", new Fields<Namespace>().text("phase", (n, v) -> n.phase = v));

	static final Projection<NamespaceFact> NAMESPACE = (p, in) -> {
		Namespace n = NAMESPACE_FIELDS.read(p, new Namespace());
		Metadata m = required(n.meta);
		return new NamespaceFact(m.name, in.intern(n.phase), m.labels);
	};

	private static final class Namespace {

		Metadata meta;

		String phase = "";

	}

	/** The one annotation a ConfigMap keeps: where pre-Lease leader election recorded its holder. */
	private static final Fields<Metadata> LEADER_ONLY = Metadata.fields(false, ConfigMapFact.LEADER_ANNOTATION::equals);

	private static final Fields<ConfigMap> CONFIG_MAP_FIELDS = new Fields<ConfigMap>()
		.field("metadata", (p, c) -> c.meta = Metadata.read(p, LEADER_ONLY))
		.field("data", (p, c) -> c.readData(p))
		.field("binaryData", (p, c) -> c.readBinaryData(p));

	static final Projection<ConfigMapFact> CONFIG_MAP = (p, in) -> {
		ConfigMap c = CONFIG_MAP_FIELDS.read(p, new ConfigMap());
		Metadata m = required(c.meta);
		String leader = "kube-system".equals(m.namespace)
				? m.annotations.getOrDefault(ConfigMapFact.LEADER_ANNOTATION, "") : "";
		return new ConfigMapFact(in.intern(m.namespace), m.name, c.size, describesCluster(m) ? c.data : Map.of(),
				leader);
	};

	private static final class ConfigMap {

		Metadata meta;

		long size;

		final Map<String, String> data = new HashMap<>();

		void readData(JsonParser p) {
			// API servers send metadata first, kubectl sorts it after data: when the name is not known yet,
			// this one object's data is held until it is, then dropped unless it describes the cluster.
			boolean drop = meta != null && !describesCluster(meta);
			Json.object(p, (key) -> {
				String value = Json.text(p);
				size += utf8Length(key) + utf8Length(value);
				if (!drop) {
					data.put(key, value);
				}
				return true;
			});
		}

		void readBinaryData(JsonParser p) {
			Json.object(p, (key) -> {
				size += utf8Length(key) + base64DecodedLength(Json.text(p));
				return true;
			});
		}

	}

	private static final Fields<Secret> SECRET_FIELDS = new Fields<Secret>()
		.field("metadata", (p, s) -> s.meta = Metadata.read(p, Metadata.PLAIN))
		.text("type", (s, v) -> s.type = v)
		.field("data", (p, s) -> s.measure(p, true))
		.field("stringData", (p, s) -> s.measure(p, false));

	/** Sizes only: the values are measured as they stream past and never stored. */
	static final Projection<SecretFact> SECRET = (p, in) -> {
		Secret s = SECRET_FIELDS.read(p, new Secret());
		Metadata m = required(s.meta);
		return new SecretFact(in.intern(m.namespace), m.name, in.intern(s.type), s.size, s.keys);
	};

	private static final class Secret {

		Metadata meta;

		String type = "Opaque";

		long size;

		int keys;

		void measure(JsonParser p, boolean encoded) {
			// A length rounded to whole base64 quads over-counts by at most two bytes, which no limit notices,
			// and spares decoding what must not be kept anyway.
			Json.object(p, (key) -> {
				int length = p.getStringLength();
				size += utf8Length(key) + (encoded ? length / 4L * 3 : length);
				keys++;
				return false;
			});
		}

	}

	private static boolean describesCluster(Metadata meta) {
		return DESCRIBING_CLUSTER.contains(meta.namespace + "/" + meta.name)
				|| "kube-system".equals(meta.namespace) && VERSIONED_KUBELET_CONFIG.matcher(meta.name).matches();
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
