package dev.kubeprint.cluster.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.ConditionFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.NodeFact.NodeInfo;
import dev.kubeprint.cluster.facts.Resources;
import tools.jackson.core.JsonParser;

final class NodeProjection implements Projection<NodeFact> {

	private static final String ROLE_PREFIX = "node-role.kubernetes.io/";

	/**
	 * Annotation families that say which distribution, CNI or installer set the node up; all others are
	 * dropped while reading, because annotations are large and mostly noise.
	 */
	static final List<String> KEPT_ANNOTATION_PREFIXES = List.of("rke2.io/", "k3s.io/", "projectcalico.org/",
			"flannel.alpha.coreos.com/", "node.alpha.kubernetes.io/", "kubeadm.alpha.kubernetes.io/",
			"control-plane.alpha.kubernetes.io/", "machineconfiguration.openshift.io/");

	/** Long enough for rke2.io/node-args, short enough that no annotation weighs on memory. */
	static final int MAX_ANNOTATION_LENGTH = 512;

	private static final Fields<Metadata> METADATA = Metadata.fields(true,
			(key) -> KEPT_ANNOTATION_PREFIXES.stream().anyMatch(key::startsWith));

	private static final String ATTACHABLE_VOLUMES = "attachable-volumes-";

	private static final Fields<Amounts> RESOURCES = new Fields<Amounts>()
		.text("cpu", (r, v) -> r.cpu = Quantities.millis(v))
		.text("memory", (r, v) -> r.memory = Quantities.whole(v))
		.text("pods", (r, v) -> r.pods = Quantities.whole(v));

	private static final Fields<Taint> TAINT = new Fields<Taint>().text("key", (t, v) -> t.key = v)
		.text("value", (t, v) -> t.value = v)
		.text("effect", (t, v) -> t.effect = v);

	private static final Fields<Address> ADDRESS = new Fields<Address>().text("type", (a, v) -> a.type = v)
		.text("address", (a, v) -> a.address = v);

	private static final Fields<Info> NODE_INFO = new Fields<Info>()
		.text("kubeletVersion", (i, v) -> i.kubelet = v)
		.text("kubeProxyVersion", (i, v) -> i.kubeProxy = v)
		.text("containerRuntimeVersion", (i, v) -> i.runtime = v)
		.text("osImage", (i, v) -> i.osImage = v)
		.text("kernelVersion", (i, v) -> i.kernel = v)
		.text("architecture", (i, v) -> i.architecture = v)
		.text("operatingSystem", (i, v) -> i.os = v);

	private static final Fields<Node> FIELDS = new Fields<Node>()
		.field("metadata", (p, b) -> b.meta = Metadata.read(p, METADATA))
		.object("spec",
				new Fields<Node>().bool("unschedulable", (b, v) -> b.unschedulable = v)
					.each("taints", (p, b) -> b.taints.add(TAINT.read(p, new Taint()).describe()))
					.text("podCIDR", (b, v) -> {
						if (!v.isEmpty()) {
							b.podCidr(v);
						}
					})
					.strings("podCIDRs", (b, v) -> {
						for (String cidr : v) {
							b.podCidr(cidr);
						}
					})
					.text("providerID", (b, v) -> b.providerId = v))
		.object("status",
				new Fields<Node>().field("capacity", (p, b) -> b.capacity = resources(p))
					.field("allocatable", (p, b) -> b.allocatable(Json.stringMap(p)))
					.each("conditions", (p, b) -> b.condition(Conditions.read(p, b.in)))
					.each("addresses", (p, b) -> b.address(ADDRESS.read(p, new Address())))
					.field("nodeInfo", (p, b) -> b.info = NODE_INFO.read(p, new Info()).intern(b.in)));

	@Override
	public NodeFact project(JsonParser p, Interner interner) {
		Node b = FIELDS.read(p, new Node(interner));
		if (b.meta == null) {
			throw new ProjectionException("metadata is missing");
		}
		List<String> roles = b.meta.labels.keySet()
			.stream()
			.filter((k) -> k.startsWith(ROLE_PREFIX) && k.length() > ROLE_PREFIX.length())
			.map((k) -> interner.intern(k.substring(ROLE_PREFIX.length())))
			.sorted()
			.toList();
		return new NodeFact(b.meta.name, b.meta.labels, roles, b.unschedulable, b.ready, b.conditions, b.taints,
				b.info, b.internalIp, b.podCidrs, b.providerId, b.capacity, b.allocatable, b.meta.created,
				annotations(b.meta.annotations), b.attachableVolumes);
	}

	private static Map<String, String> annotations(Map<String, String> kept) {
		Map<String, String> shortened = new HashMap<>(kept);
		shortened.replaceAll(
				(k, v) -> v.length() > MAX_ANNOTATION_LENGTH ? v.substring(0, MAX_ANNOTATION_LENGTH) + "…" : v);
		return shortened;
	}

	static Resources resources(JsonParser p) {
		Amounts r = RESOURCES.read(p, new Amounts());
		return new Resources(r.cpu, r.memory, r.pods);
	}

	/** The node as it is read, before it becomes an immutable fact. */
	private static final class Node {

		final Interner in;

		Metadata meta;

		boolean unschedulable;

		final List<String> taints = new ArrayList<>();

		final List<String> podCidrs = new ArrayList<>();

		String providerId = "";

		Resources capacity = Resources.NONE;

		Resources allocatable = Resources.NONE;

		final Map<String, Long> attachableVolumes = new HashMap<>();

		/** The resources the panels use, and the volume limits older kubelets report beside them. */
		void allocatable(Map<String, String> all) {
			allocatable = new Resources(Quantities.millis(all.getOrDefault("cpu", "0")),
					Quantities.whole(all.getOrDefault("memory", "0")), Quantities.whole(all.getOrDefault("pods", "0")));
			all.forEach((name, value) -> {
				if (name.startsWith(ATTACHABLE_VOLUMES) && name.length() > ATTACHABLE_VOLUMES.length()) {
					attachableVolumes.put(in.intern(name.substring(ATTACHABLE_VOLUMES.length())), Quantities.whole(value));
				}
			});
		}

		ConditionFact ready;

		final List<ConditionFact> conditions = new ArrayList<>();

		NodeInfo info = NodeInfo.UNKNOWN;

		String internalIp = "";

		Node(Interner in) {
			this.in = in;
		}

		/** podCIDR repeats the first of podCIDRs where both are set. */
		void podCidr(String cidr) {
			if (!podCidrs.contains(cidr)) {
				podCidrs.add(cidr);
			}
		}

		void condition(ConditionFact c) {
			if ("Ready".equals(c.type())) {
				ready = c;
			}
			else {
				conditions.add(c);
			}
		}

		void address(Address a) {
			if ("InternalIP".equals(a.type) && internalIp.isEmpty()) {
				internalIp = a.address;
			}
		}

	}

	private static final class Amounts {

		long cpu;

		long memory;

		long pods;

	}

	private static final class Taint {

		String key = "";

		String value = "";

		String effect = "";

		String describe() {
			return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect;
		}

	}

	private static final class Address {

		String type = "";

		String address = "";

	}

	private static final class Info {

		String kubelet = "";

		String kubeProxy = "";

		String runtime = "";

		String osImage = "";

		String kernel = "";

		String architecture = "";

		String os = "";

		NodeInfo intern(Interner in) {
			return new NodeInfo(in.intern(kubelet), in.intern(kubeProxy), in.intern(runtime), in.intern(osImage),
					in.intern(kernel), in.intern(architecture), in.intern(os));
		}

	}

}
