package dev.kubeprint.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import dev.kubeprint.cluster.facts.NetworkPolicyFact;
import dev.kubeprint.cluster.facts.NodeFact;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.ServiceCidrFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.NetworkView.CniRow;
import dev.kubeprint.network.NetworkView.CniView;
import dev.kubeprint.network.NetworkView.IpUseView;
import dev.kubeprint.network.NetworkView.NetworkRange;
import dev.kubeprint.network.NetworkView.NodeIpUse;
import dev.kubeprint.network.NetworkView.PolicyView;
import dev.kubeprint.network.NetworkView.Source;
import dev.kubeprint.reference.CniReference;
import dev.kubeprint.reference.NetworkReference;
import dev.kubeprint.reference.ReferenceCatalog;

/** Where the cluster's address ranges are written and whether they agree; which CNI runs, in which mode. */
public final class NetworkAnalyzer {

	static final String SYSTEM = "kube-system";

	static final int BUSIEST_SHOWN = 10;

	static final int EXAMPLES = 5;

	/** kube-controller-manager's default --node-cidr-mask-size for IPv4. */
	static final int DEFAULT_NODE_MASK = 24;

	private static final Pattern KUBE_PROXY_CLUSTER_CIDR = Pattern.compile("(?m)^clusterCIDR:\\s*\"?([^\"\\s]+)\"?");

	private static final Pattern FLANNEL_NETWORK = Pattern.compile("\"Network\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern FLANNEL_BACKEND = Pattern.compile("\"Type\"\\s*:\\s*\"([^\"]+)\"");

	private final ReferenceCatalog reference;

	public NetworkAnalyzer(ReferenceCatalog reference) {
		this.reference = reference;
	}

	public NetworkView analyze(ClusterFacts facts, Texts t) {
		List<PodFact> system = facts.pods().stream().filter((p) -> SYSTEM.equals(p.namespace())).toList();
		Optional<KubeadmConfig> kubeadm = KubeadmConfig.from(facts);
		Map<String, ConfigMapFact> maps = new HashMap<>();
		for (ConfigMapFact c : facts.items(FactKind.CONFIG_MAPS)) {
			maps.putIfAbsent(c.name(), c);
		}
		Detected detected = detect(facts, maps);
		CniView cni = cni(detected, facts, maps, t);
		NetworkRange pod = podRange(facts, system, kubeadm, maps, detected, t);
		NetworkRange service = serviceRange(facts, system, kubeadm, t);
		NetworkRange node = nodeRange(facts, t);
		List<NetworkRange> ranges = overlaps(List.of(pod, service, node), t);
		List<CniRow> comparison = reference.cnis()
			.stream()
			.map((c) -> new CniRow(c.id(), c.name(), String.join(", ", c.modes()), t.pick(c.performance()),
					t.pick(c.networkPolicyText()), t.pick(c.useCase()),
					detected.cni() != null && detected.cni().id().equals(c.id())))
			.toList();
		return new NetworkView(ranges, cni, comparison, policies(facts, detected, t), ipUse(facts, system, ranges.get(0), t));
	}

	// ---- CNI

	/** The recognised CNI and what gave it away; a running DaemonSet outweighs a leftover ConfigMap. */
	record Detected(CniReference cni, DaemonSetFact daemonSet, List<String> evidence) {
	}

	Detected detect(ClusterFacts facts, Map<String, ConfigMapFact> maps) {
		Detected byConfigMap = null;
		for (CniReference c : reference.cnis()) {
			List<String> evidence = new ArrayList<>();
			DaemonSetFact agent = null;
			for (DaemonSetFact d : facts.items(FactKind.DAEMON_SETS)) {
				boolean byName = c.detect().daemonSets().contains(d.name());
				Optional<String> image = d.images()
					.stream()
					.filter((i) -> c.detect().images().stream().anyMatch(i::contains))
					.findFirst();
				if (byName || image.isPresent()) {
					agent = agent == null ? d : agent;
					evidence.add("DaemonSet " + d.namespace() + "/" + d.name() + image.map((i) -> " (" + i + ")").orElse(""));
				}
			}
			for (String name : c.detect().configMaps()) {
				ConfigMapFact cm = maps.get(name);
				if (cm != null) {
					evidence.add("ConfigMap " + cm.namespace() + "/" + cm.name());
				}
			}
			if (agent != null) {
				return new Detected(c, agent, evidence);
			}
			if (!evidence.isEmpty() && byConfigMap == null) {
				byConfigMap = new Detected(c, null, evidence);
			}
		}
		return byConfigMap != null ? byConfigMap : new Detected(null, null, List.of());
	}

	private record Mode(String mode, String source) {

		static final Mode UNKNOWN = new Mode("", "");

	}

	private CniView cni(Detected d, ClusterFacts facts, Map<String, ConfigMapFact> maps, Texts t) {
		if (d.cni() == null) {
			String reason = facts.availability(FactKind.DAEMON_SETS).hasData() ? t.get("network.cni.unknown")
					: facts.availability(FactKind.DAEMON_SETS).reason();
			return new CniView("", reason, "", "", List.of(), "", "");
		}
		Map<String, String> env = d.daemonSet() == null ? Map.of() : d.daemonSet().env();
		Mode mode = switch (d.cni().id()) {
			case "calico" -> calicoMode(env, maps, t);
			case "cilium" -> ciliumMode(maps, t);
			case "flannel" -> flannelMode(maps, t);
			case "terway" -> terwayMode(d.daemonSet(), t);
			case "aws-vpc-cni" -> awsMode(env, t);
			default -> Mode.UNKNOWN;
		};
		String replacement = "";
		if ("cilium".equals(d.cni().id())) {
			replacement = Optional.ofNullable(maps.get("cilium-config"))
				.map((c) -> c.data().getOrDefault("kube-proxy-replacement", ""))
				.orElse("");
			replacement = replacement.isEmpty() ? t.get("network.cilium.kpr.unset") : replacement;
		}
		String ready = d.daemonSet() == null ? t.get("network.cni.no-agent")
				: t.get("network.cni.ready", d.daemonSet().ready(), d.daemonSet().desired());
		return new CniView(d.cni().id(), d.cni().name(), mode.mode(), mode.source(), d.evidence(), replacement,
				ready);
	}

	/** Calico's pool encapsulation: IPIP or VXLAN when either is on (Always or CrossSubnet), else plain BGP. */
	private static Mode calicoMode(Map<String, String> env, Map<String, ConfigMapFact> maps, Texts t) {
		String ipip = env.getOrDefault("CALICO_IPV4POOL_IPIP", "");
		String vxlan = env.getOrDefault("CALICO_IPV4POOL_VXLAN", "");
		if (isOn(ipip)) {
			return new Mode("IPIP" + ("CrossSubnet".equals(ipip) ? " (CrossSubnet)" : ""),
					"calico-node: CALICO_IPV4POOL_IPIP=" + ipip);
		}
		if (isOn(vxlan)) {
			return new Mode("VXLAN" + ("CrossSubnet".equals(vxlan) ? " (CrossSubnet)" : ""),
					"calico-node: CALICO_IPV4POOL_VXLAN=" + vxlan);
		}
		String backend = Optional.ofNullable(maps.get("calico-config"))
			.map((c) -> c.data().getOrDefault("calico_backend", ""))
			.orElse("");
		if ("vxlan".equals(backend)) {
			return new Mode("VXLAN", "calico-config: calico_backend=vxlan");
		}
		if (!ipip.isEmpty() || !vxlan.isEmpty() || "bird".equals(backend)) {
			return new Mode("BGP", "calico-node: CALICO_IPV4POOL_IPIP=" + (ipip.isEmpty() ? "—" : ipip)
					+ ", CALICO_IPV4POOL_VXLAN=" + (vxlan.isEmpty() ? "—" : vxlan));
		}
		return new Mode("", t.get("network.mode.calico-ippool"));
	}

	private static boolean isOn(String value) {
		return "Always".equals(value) || "CrossSubnet".equals(value);
	}

	/** Cilium says routing-mode from 1.14, tunnel before; "disabled" tunnelling is native routing. */
	private static Mode ciliumMode(Map<String, ConfigMapFact> maps, Texts t) {
		ConfigMapFact config = maps.get("cilium-config");
		if (config == null) {
			return Mode.UNKNOWN;
		}
		Map<String, String> data = config.data();
		String routing = data.getOrDefault("routing-mode", "");
		String tunnel = data.getOrDefault("tunnel", "");
		String protocol = data.getOrDefault("tunnel-protocol", tunnel.isEmpty() || "disabled".equals(tunnel) ? "vxlan" : tunnel);
		if ("native".equals(routing) || "disabled".equals(tunnel)) {
			return new Mode(t.get("network.mode.native"),
					"cilium-config: " + (routing.isEmpty() ? "tunnel=disabled" : "routing-mode=native"));
		}
		if (!routing.isEmpty() || !tunnel.isEmpty()) {
			return new Mode(t.get("network.mode.tunnel", protocol),
					"cilium-config: " + (routing.isEmpty() ? "tunnel=" + tunnel : "routing-mode=" + routing));
		}
		return new Mode(t.get("network.mode.tunnel", "vxlan"), t.get("network.mode.cilium-default"));
	}

	private static Mode flannelMode(Map<String, ConfigMapFact> maps, Texts t) {
		ConfigMapFact config = maps.get("kube-flannel-cfg");
		if (config == null) {
			return Mode.UNKNOWN;
		}
		Matcher m = FLANNEL_BACKEND.matcher(config.data().getOrDefault("net-conf.json", ""));
		return m.find() ? new Mode(m.group(1), "kube-flannel-cfg: net-conf.json Backend.Type") : Mode.UNKNOWN;
	}

	/** Terway's DaemonSet is named for its mode in the ACK add-on: terway-eniip, terway-eni. */
	private static Mode terwayMode(DaemonSetFact ds, Texts t) {
		if (ds == null) {
			return Mode.UNKNOWN;
		}
		if (ds.name().equals("terway-eniip")) {
			return new Mode("ENIIP", "DaemonSet " + ds.name());
		}
		if (ds.name().equals("terway-eni")) {
			return new Mode("ENI", "DaemonSet " + ds.name());
		}
		return Mode.UNKNOWN;
	}

	private static Mode awsMode(Map<String, String> env, Texts t) {
		List<String> extras = new ArrayList<>();
		if ("true".equals(env.get("ENABLE_PREFIX_DELEGATION"))) {
			extras.add("prefix delegation");
		}
		if ("true".equals(env.get("AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG"))) {
			extras.add("custom networking");
		}
		return new Mode("ENI" + (extras.isEmpty() ? "" : " (" + String.join(", ", extras) + ")"), "aws-node env");
	}

	// ---- ranges

	private NetworkRange podRange(ClusterFacts facts, List<PodFact> system, Optional<KubeadmConfig> kubeadm, Map<String, ConfigMapFact> maps,
			Detected detected, Texts t) {
		List<Source> sources = new ArrayList<>();
		kubeadm.map(KubeadmConfig::podSubnet)
			.filter((v) -> !v.isEmpty())
			.ifPresent((v) -> sources.add(new Source(v, t.get("network.source.kubeadm-pod"))));
		flag(system, "kube-controller-manager", "cluster-cidr")
			.ifPresent((v) -> sources.add(new Source(v, t.get("network.source.kcm-cluster-cidr"))));
		Optional.ofNullable(maps.get("kube-proxy"))
			.filter((c) -> SYSTEM.equals(c.namespace()))
			.map((c) -> KUBE_PROXY_CLUSTER_CIDR.matcher(c.data().getOrDefault("config.conf", "")))
			.filter(Matcher::find)
			.ifPresent((m) -> sources.add(new Source(m.group(1), t.get("network.source.kube-proxy"))));
		if (detected.daemonSet() != null && detected.daemonSet().env().containsKey("CALICO_IPV4POOL_CIDR")) {
			sources.add(new Source(detected.daemonSet().env().get("CALICO_IPV4POOL_CIDR"),
					t.get("network.source.calico")));
		}
		Optional.ofNullable(maps.get("cilium-config"))
			.map((c) -> c.data().get("cluster-pool-ipv4-cidr"))
			.ifPresent((v) -> sources.add(new Source(v, t.get("network.source.cilium"))));
		Optional.ofNullable(maps.get("kube-flannel-cfg"))
			.map((c) -> FLANNEL_NETWORK.matcher(c.data().getOrDefault("net-conf.json", "")))
			.filter(Matcher::find)
			.ifPresent((m) -> sources.add(new Source(m.group(1), t.get("network.source.flannel"))));
		List<String> warnings = new ArrayList<>(disagreement(sources, t));
		// Node blocks are checked against every cluster-wide range: inside any of them is fine.
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
				if (!cluster.isEmpty() && cluster.stream().filter((r) -> r.bits() == c.get().bits()).noneMatch((r) -> r.contains(c.get()))) {
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
		if (!outside.isEmpty()) {
			warnings.add(t.get("network.warning.node-outside", outside.size(), names(outside)));
		}
		NetworkReference ref = network("pod");
		return new NetworkRange("pod", t.get("network.range.pod"), t.pick(ref.purpose()), referenceDefault(ref, t),
				t.pick(ref.configuredIn()), sources, warnings);
	}

	private NetworkRange serviceRange(ClusterFacts facts, List<PodFact> system, Optional<KubeadmConfig> kubeadm,
			Texts t) {
		List<Source> sources = new ArrayList<>();
		kubeadm.map(KubeadmConfig::serviceSubnet)
			.filter((v) -> !v.isEmpty())
			.ifPresent((v) -> sources.add(new Source(v, t.get("network.source.kubeadm-service"))));
		// Every API server should say the same; one that does not is exactly what this page is for.
		Set<String> apiservers = new LinkedHashSet<>();
		for (PodFact p : system) {
			if ("kube-apiserver".equals(p.component())) {
				String v = p.flags().get("service-cluster-ip-range");
				if (v != null && apiservers.add(v)) {
					sources.add(new Source(v, t.get("network.source.apiserver", p.name())));
				}
			}
		}
		flag(system, "kube-controller-manager", "service-cluster-ip-range")
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
		warnings.addAll(disagreement(sources, t));
		sources.addAll(extra);
		NetworkReference ref = network("service");
		return new NetworkRange("service", t.get("network.range.service"), t.pick(ref.purpose()),
				referenceDefault(ref, t), t.pick(ref.configuredIn()), sources, warnings);
	}

	/** Node InternalIPs by /24 (IPv4) or /64 (IPv6): the subnets the infrastructure gave the nodes. */
	private NetworkRange nodeRange(ClusterFacts facts, Texts t) {
		Map<String, Integer> subnets = new LinkedHashMap<>();
		for (NodeFact n : facts.nodes()) {
			Cidr.parse(n.internalIp())
				.map((c) -> c.widen(c.bits() == 32 ? 24 : 64))
				.ifPresent((c) -> subnets.merge(c.toString(), 1, Integer::sum));
		}
		List<Source> sources = subnets.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(BUSIEST_SHOWN)
			.map((e) -> new Source(e.getKey(), t.get("network.source.internal-ip", e.getValue())))
			.collect(Collectors.toCollection(ArrayList::new));
		if (subnets.size() > BUSIEST_SHOWN) {
			sources.add(new Source("…", t.get("network.source.more-subnets", subnets.size() - BUSIEST_SHOWN)));
		}
		NetworkReference ref = network("node");
		return new NetworkRange("node", t.get("network.range.node"), t.pick(ref.purpose()), referenceDefault(ref, t),
				t.pick(ref.configuredIn()), sources, List.of());
	}

	/** Sources disagree when their normalised ranges differ; "10.244.0.0/16" and "10.244.0.0/16 " do not. */
	private static List<String> disagreement(List<Source> sources, Texts t) {
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
	private static List<NetworkRange> overlaps(List<NetworkRange> ranges, Texts t) {
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
					r.sources(), warnings.stream().distinct().toList()));
		}
		return result;
	}

	// ---- policies and IP use

	private static PolicyView policies(ClusterFacts facts, Detected detected, Texts t) {
		if (!facts.availability(FactKind.NETWORK_POLICIES).hasData()) {
			return new PolicyView(-1, false, facts.availability(FactKind.NETWORK_POLICIES).reason(), List.of());
		}
		List<NetworkPolicyFact> policies = facts.items(FactKind.NETWORK_POLICIES);
		List<String> examples = policies.stream().limit(EXAMPLES).map((p) -> p.namespace() + "/" + p.name()).toList();
		if (policies.isEmpty()) {
			return new PolicyView(0, false, t.get("network.policies.none"), examples);
		}
		if (detected.cni() == null) {
			return new PolicyView(policies.size(), false, t.get("network.policies.cni-unknown", policies.size()), examples);
		}
		boolean unenforced = detected.cni().networkPolicy() == CniReference.NetworkPolicySupport.NONE;
		return new PolicyView(policies.size(), unenforced,
				t.get(unenforced ? "network.policies.unenforced" : "network.policies.enforced", policies.size(),
						detected.cni().name()),
				examples);
	}

	/** One pass over the pods: pods with their own IP (not hostNetwork) count against their node's block. */
	private static IpUseView ipUse(ClusterFacts facts, List<PodFact> system, NetworkRange pod, Texts t) {
		Map<String, long[]> perNode = new HashMap<>();
		for (PodFact p : facts.pods()) {
			if (p.scheduled() && !p.terminated() && !p.hostNetwork()) {
				perNode.computeIfAbsent(p.nodeName(), (k) -> new long[1])[0]++;
			}
		}
		List<NodeIpUse> uses = new ArrayList<>();
		Map<Integer, Integer> prefixes = new HashMap<>();
		for (NodeFact n : facts.nodes()) {
			Optional<Cidr> block = n.podCidrs().stream().map(Cidr::parse).flatMap(Optional::stream)
				.filter((c) -> c.bits() == 32)
				.findFirst();
			if (block.isEmpty()) {
				continue;
			}
			prefixes.merge(block.get().prefix(), 1, Integer::sum);
			// The network address and the gateway the bridge takes are not for pods.
			long addresses = Math.max(1, block.get().size() - 2);
			long pods = perNode.getOrDefault(n.name(), new long[1])[0];
			uses.add(new NodeIpUse(n.name(), block.get().toString(), addresses, pods,
					(int) Math.round(100.0 * pods / addresses)));
		}
		int over80 = (int) uses.stream().filter((u) -> u.percent() > 80).count();
		List<NodeIpUse> busiest = uses.stream()
			.sorted(Comparator.comparingInt(NodeIpUse::percent).reversed().thenComparing(NodeIpUse::node))
			.limit(BUSIEST_SHOWN)
			.toList();
		// The most common block size; on a tie the larger block, which leaves the fewer nodes room.
		int blockPrefix = prefixes.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(Map.Entry::getKey)
			.orElse(flag(system, "kube-controller-manager", "node-cidr-mask-size").map(Integer::valueOf).orElse(DEFAULT_NODE_MASK));
		Optional<Cidr> cluster = pod.sources().stream().flatMap((s) -> Cidr.parseList(s.value()).stream())
			.filter((c) -> c.bits() == 32)
			.findFirst();
		int nodes = facts.nodes().size();
		if (cluster.isEmpty() || cluster.get().prefix() > blockPrefix) {
			return new IpUseView("", blockPrefix, -1, nodes, t.get("network.ip-use.cluster-unknown"), busiest, over80);
		}
		long blocks = 1L << Math.min(62, blockPrefix - cluster.get().prefix());
		String text = t.get("network.ip-use.cluster", cluster.get(), blocks, blockPrefix, nodes,
				Math.round(100.0 * nodes / blocks));
		return new IpUseView(cluster.get().toString(), blockPrefix, blocks, nodes, text, busiest, over80);
	}

	// ---- helpers

	private static Optional<String> flag(List<PodFact> system, String component, String flag) {
		return system.stream()
			.filter((p) -> component.equals(p.component()))
			.map((p) -> p.flags().get(flag))
			.filter((v) -> v != null && !v.isEmpty())
			.findFirst();
	}

	private NetworkReference network(String id) {
		return reference.networks().stream().filter((n) -> n.id().equals(id)).findFirst().orElseThrow();
	}

	private static String referenceDefault(NetworkReference ref, Texts t) {
		return ref.defaultCidr() != null ? ref.defaultCidr() : t.pick(ref.cidrNote());
	}

	static String names(List<String> names) {
		return names.size() <= EXAMPLES ? String.join(", ", names)
				: String.join(", ", names.subList(0, EXAMPLES)) + " (+" + (names.size() - EXAMPLES) + ")";
	}

}
