package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.DaemonSetFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KubeadmConfig;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.ServiceCidrFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.NetworkView.NetworkRange;
import dev.kubeprint.network.NetworkView.Source;
import dev.kubeprint.reference.NetworkReference;

/**
 * The pod, Service and node ranges: every place each is written (kubeadm, flags, kube-proxy, the CNI's own
 * configuration, the nodes), whether those places agree, and whether the ranges overlap.
 */
final class AddressRanges {

	private static final Pattern KUBE_PROXY_CLUSTER_CIDR = Pattern.compile("(?m)^clusterCIDR:\\s*\"?([^\"\\s]+)\"?");

	private static final Pattern FLANNEL_NETWORK = Pattern.compile("\"Network\"\\s*:\\s*\"([^\"]+)\"");

	private final ClusterFacts facts;

	private final SystemPods system;

	private final List<NetworkReference> reference;

	private final Texts t;

	private List<Source> clusterPod = List.of();

	private List<String> podsOutsideNodeBlocks = List.of();

	AddressRanges(ClusterFacts facts, SystemPods system, List<NetworkReference> reference, Texts t) {
		this.facts = facts;
		this.system = system;
		this.reference = reference;
		this.t = t;
	}

	NetworkRange pod(Optional<KubeadmConfig> kubeadm, Map<String, ConfigMapFact> maps, DaemonSetFact agent) {
		List<Source> sources = new ArrayList<>();
		kubeadm.map(KubeadmConfig::podSubnet)
			.filter((v) -> !v.isEmpty())
			.ifPresent((v) -> sources.add(new Source(v, t.get("network.source.kubeadm-pod"))));
		system.flag("kube-controller-manager", "cluster-cidr")
			.ifPresent((v) -> sources.add(new Source(v, t.get("network.source.kcm-cluster-cidr"))));
		system.pod("kube-proxy", "cluster-cidr")
			.ifPresent((p) -> sources.add(new Source(p.flags().get("cluster-cidr"),
					t.get("network.source.kube-proxy-flag", p.name()))));
		Optional.ofNullable(maps.get("kube-proxy"))
			.filter((c) -> NetworkAnalyzer.SYSTEM.equals(c.namespace()))
			.map((c) -> KUBE_PROXY_CLUSTER_CIDR.matcher(c.data().getOrDefault("config.conf", "")))
			.filter(Matcher::find)
			.ifPresent((m) -> sources.add(new Source(m.group(1), t.get("network.source.kube-proxy"))));
		if (agent != null && agent.env().containsKey("CALICO_IPV4POOL_CIDR")) {
			sources.add(new Source(agent.env().get("CALICO_IPV4POOL_CIDR"),
					t.get("network.source.calico")));
		}
		kindnetSubnet().ifPresent(sources::add);
		Optional.ofNullable(maps.get("cilium-config"))
			.map((c) -> c.data().get("cluster-pool-ipv4-cidr"))
			.ifPresent((v) -> sources.add(new Source(v, t.get("network.source.cilium"))));
		Optional.ofNullable(maps.get("kube-flannel-cfg"))
			.map((c) -> FLANNEL_NETWORK.matcher(c.data().getOrDefault("net-conf.json", "")))
			.filter(Matcher::find)
			.ifPresent((m) -> sources.add(new Source(m.group(1), t.get("network.source.flannel"))));
		List<String> warnings = new ArrayList<>(disagreement(sources));
		clusterPod = List.copyOf(sources);
		// Node blocks are checked against every cluster-wide range: inside any of them is fine.
		nodeBlocks(sources).ifPresent(warnings::add);
		podsOutsideNodeBlocks = PodsOutside.find(facts);
		if (!podsOutsideNodeBlocks.isEmpty()) {
			warnings.add(t.get("network.warning.pods-outside", podsOutsideNodeBlocks.size(),
					NetworkAnalyzer.names(podsOutsideNodeBlocks)));
		}
		return range("pod", sources, warnings, clusterPod.isEmpty() ? t.get("network.pod.not-stated", unread()) : "");
	}

	/** The kinds that could state the pod range and were not read, or a dash. */
	private String unread() {
		List<String> unread = new ArrayList<>();
		for (FactKind<?> kind : List.of(FactKind.PODS, FactKind.CONFIG_MAPS, FactKind.DAEMON_SETS)) {
			if (!facts.availability(kind).hasData()) {
				unread.add(kind.resourceName() + " (" + facts.availability(kind).reason() + ")");
			}
		}
		return unread.isEmpty() ? "—" : String.join(", ", unread);
	}

	/** The cluster-wide pod ranges as written, without the nodes' blocks: never a node's /24 for the cluster. */
	List<Source> clusterPod() {
		return clusterPod;
	}

	/** Pods whose IP lies outside their node's podCIDR: the CNI allocates from its own pools. */
	List<String> podsOutsideNodeBlocks() {
		return podsOutsideNodeBlocks;
	}

	/** kindnet is told the pod range in its DaemonSet's POD_SUBNET. */
	private Optional<Source> kindnetSubnet() {
		return facts.items(FactKind.DAEMON_SETS)
			.stream()
			.filter((d) -> d.env().containsKey("POD_SUBNET") && (d.name().contains("kindnet")
					|| d.images().stream().anyMatch((i) -> i.contains("kindnetd"))))
			.findFirst()
			.map((d) -> new Source(d.env().get("POD_SUBNET"), t.get("network.source.kindnet", d.name())));
	}

	/**
	 * The nodes' pod blocks, added to {@code sources} as one more source; a warning when a block lies outside
	 * every cluster-wide range the other sources give.
	 */
	private Optional<String> nodeBlocks(List<Source> sources) {
		List<Cidr> cluster = sources.stream().flatMap((s) -> Cidr.parseList(s.value()).stream()).toList();
		List<String> outside = new ArrayList<>();
		int withCidr = 0;
		Map<Integer, Integer> prefixes = new TreeMap<>();
		String first = null;
		String last = null;
		for (NodeFact n : facts.nodes()) {
			if (n.podCidrs().isEmpty()) {
				continue;
			}
			withCidr++;
			for (String value : n.podCidrs()) {
				Optional<Cidr> c = Cidr.parse(value);
				if (c.isEmpty()) {
					continue;
				}
				if (c.get().bits() == 32) {
					prefixes.merge(c.get().prefix(), 1, Integer::sum);
				}
				if (!cluster.isEmpty() && cluster.stream()
					.filter((r) -> r.bits() == c.get().bits())
					.noneMatch((r) -> r.contains(c.get()))) {
					outside.add(n.name() + " " + value);
				}
			}
			first = first == null ? n.podCidrs().get(0) : first;
			last = n.podCidrs().get(0);
		}
		if (withCidr > 0) {
			String blocks = prefixes.keySet().stream().map((p) -> "/" + p).collect(Collectors.joining(", "));
			sources.add(new Source(first.equals(last) ? first : first + " … " + last,
					t.get("network.source.node-pod-cidrs", withCidr, facts.nodes().size(), blocks)));
		}
		return outside.isEmpty() ? Optional.empty()
				: Optional.of(t.get("network.warning.node-outside", outside.size(), NetworkAnalyzer.names(outside)));
	}

	NetworkRange service(Optional<KubeadmConfig> kubeadm) {
		List<Source> sources = new ArrayList<>();
		kubeadm.map(KubeadmConfig::serviceSubnet)
			.filter((v) -> !v.isEmpty())
			.ifPresent((v) -> sources.add(new Source(v, t.get("network.source.kubeadm-service"))));
		// Every API server should say the same; one that does not is exactly what this page is for.
		Set<String> apiservers = new LinkedHashSet<>();
		for (PodFact p : system.pods()) {
			if ("kube-apiserver".equals(p.component())) {
				String v = p.flags().get("service-cluster-ip-range");
				if (v != null && apiservers.add(v)) {
					sources.add(new Source(v, t.get("network.source.apiserver", p.name())));
				}
			}
		}
		system.flag("kube-controller-manager", "service-cluster-ip-range")
			.ifPresent((v) -> sources.add(new Source(v, t.get("network.source.kcm-service"))));
		List<String> warnings = new ArrayList<>();
		List<Source> extra = new ArrayList<>();
		if (facts.availability(FactKind.SERVICE_CIDRS).hasData()) {
			for (ServiceCidrFact s : facts.items(FactKind.SERVICE_CIDRS)) {
				Source source = new Source(String.join(",", s.cidrs()), t.get("network.source.servicecidr", s.name()));
				// The object named "kubernetes" mirrors the flags; others add ranges on purpose.
				if ("kubernetes".equals(s.name())) {
					sources.add(source);
				}
				else {
					extra.add(source);
				}
			}
		}
		warnings.addAll(disagreement(sources));
		sources.addAll(extra);
		return range("service", sources, warnings,
				sources.isEmpty() ? ServiceInference.note(facts, t) : ServiceInference.dns(facts, t));
	}

	/**
	 * The nodes' InternalIPs. A node object states no subnet, so none is guessed from an address: the addresses
	 * are what the data holds, and they still show an overlap with the pod or Service range.
	 */
	NetworkRange node() {
		List<Source> sources = facts.nodes()
			.stream()
			.filter((n) -> !n.internalIp().isEmpty())
			.limit(NetworkAnalyzer.BUSIEST_SHOWN)
			.map((n) -> new Source(n.internalIp(), t.get("network.source.internal-ip", n.name())))
			.collect(Collectors.toCollection(ArrayList::new));
		long more = facts.nodes().stream().filter((n) -> !n.internalIp().isEmpty()).count() - sources.size();
		if (more > 0) {
			sources.add(new Source("…", t.get("network.source.more-addresses", more)));
		}
		List<String> warnings = new ArrayList<>();
		if (!facts.availability(FactKind.NODES).hasData()) {
			warnings.add(t.get("network.range.not-collected", facts.availability(FactKind.NODES).reason()));
		}
		return range("node", sources, warnings, t.get("network.node.subnet-not-stated"));
	}

	/** Sources disagree when their normalised ranges differ; "10.244.0.0/16" and "10.244.0.0/16 " do not. */
	private List<String> disagreement(List<Source> sources) {
		Map<String, List<String>> byValue = new LinkedHashMap<>();
		for (Source s : sources) {
			List<Cidr> cidrs = Cidr.parseList(s.value());
			String key = cidrs.isEmpty() ? s.value().trim()
					: cidrs.stream().map(Cidr::toString).sorted().collect(Collectors.joining(","));
			byValue.computeIfAbsent(key, (k) -> new ArrayList<>()).add(s.where());
		}
		if (byValue.size() <= 1) {
			return List.of();
		}
		String detail = byValue.entrySet()
			.stream()
			.map((e) -> e.getKey() + " (" + String.join("; ", e.getValue()) + ")")
			.collect(Collectors.joining(" ≠ "));
		return List.of(t.get("network.warning.disagree", detail));
	}

	/** Pod, Service and node ranges must not overlap: a packet could not tell where it belongs. */
	List<NetworkRange> overlaps(List<NetworkRange> ranges) {
		List<List<Cidr>> parsed = ranges.stream()
			.map((r) -> r.sources().stream().limit("node".equals(r.id()) ? Long.MAX_VALUE : 1)
				.flatMap((s) -> Cidr.parseList(s.value()).stream())
				.toList())
			.toList();
		List<NetworkRange> result = new ArrayList<>();
		for (int i = 0; i < ranges.size(); i++) {
			List<String> warnings = new ArrayList<>(ranges.get(i).warnings());
			for (int j = 0; j < ranges.size(); j++) {
				if (i == j) {
					continue;
				}
				for (Cidr a : parsed.get(i)) {
					for (Cidr b : parsed.get(j)) {
						if (a.overlaps(b)) {
							warnings.add(t.get("network.warning.overlap", a, ranges.get(j).name(), b));
						}
					}
				}
			}
			NetworkRange r = ranges.get(i);
			result.add(new NetworkRange(r.id(), r.name(), r.purpose(), r.referenceDefault(), r.configuredIn(),
					r.sources(), warnings.stream().distinct().toList(), r.note()));
		}
		return result;
	}

	private NetworkRange range(String id, List<Source> sources, List<String> warnings) {
		return range(id, sources, warnings, "");
	}

	NetworkRange range(String id, List<Source> sources, List<String> warnings, String note) {
		NetworkReference ref = reference.stream().filter((n) -> n.id().equals(id)).findFirst().orElseThrow();
		String referenceDefault = ref.defaultCidr() != null ? ref.defaultCidr() : t.pick(ref.cidrNote());
		return new NetworkRange(id, t.get("network.range." + id), t.pick(ref.purpose()), referenceDefault,
				t.pick(ref.configuredIn()), sources, warnings, note);
	}

}
