package dev.kubeprint.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.ConfigMapFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KubeadmConfig;
import dev.kubeprint.cluster.facts.NetworkPolicyFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.network.CniDetection.Detected;
import dev.kubeprint.network.NetworkView.CniRow;
import dev.kubeprint.network.NetworkView.CniView;
import dev.kubeprint.network.NetworkView.NetworkRange;
import dev.kubeprint.network.NetworkView.PolicyView;
import dev.kubeprint.reference.CniReference;
import dev.kubeprint.reference.ReferenceCatalog;

/** Where the cluster's address ranges are written and whether they agree; which CNI runs, in which mode. */
public final class NetworkAnalyzer {

	static final String SYSTEM = "kube-system";

	static final int BUSIEST_SHOWN = 10;

	static final int EXAMPLES = 5;

	/** kube-controller-manager's default --node-cidr-mask-size for IPv4. */
	static final int DEFAULT_NODE_MASK = 24;

	private final ReferenceCatalog reference;

	public NetworkAnalyzer(ReferenceCatalog reference) {
		this.reference = reference;
	}

	public NetworkView analyze(ClusterFacts facts, Texts t) {
		SystemPods system = new SystemPods(
				facts.pods().stream().filter((p) -> SYSTEM.equals(p.namespace())).toList());
		Optional<KubeadmConfig> kubeadm = KubeadmConfig.from(facts);
		Map<String, ConfigMapFact> maps = new HashMap<>();
		for (ConfigMapFact c : facts.items(FactKind.CONFIG_MAPS)) {
			maps.putIfAbsent(c.name(), c);
		}
		Detected detected = new CniDetection(reference.cnis()).detect(facts, maps);
		CniView cni = CniDetection.view(detected, facts, maps, t);
		AddressRanges addresses = new AddressRanges(facts, system, reference.networks(), t);
		List<NetworkRange> ranges = addresses.overlaps(List.of(addresses.pod(kubeadm, maps, detected.daemonSet()),
				addresses.service(kubeadm), addresses.node()));
		List<CniRow> comparison = reference.cnis()
			.stream()
			.map((c) -> new CniRow(c.id(), c.name(), String.join(", ", c.modes()), t.pick(c.performance()),
					t.pick(c.networkPolicyText()), t.pick(c.useCase()),
					detected.cni() != null && detected.cni().id().equals(c.id())))
			.toList();
		return new NetworkView(ranges, cni, comparison, policies(facts, detected, t),
				IpUse.of(facts, system, addresses, cni.id(), t));
	}

	// ---- policies

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

	static String names(List<String> names) {
		return names.size() <= EXAMPLES ? String.join(", ", names)
				: String.join(", ", names.subList(0, EXAMPLES)) + " (+" + (names.size() - EXAMPLES) + ")";
	}

}
