package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.kubeprint.cluster.facts.CsiNodeFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
import dev.kubeprint.storage.StorageView.LinkView;

/** CSIDriver → CSINode: is the driver registered on every node that runs a pod mounting the claim. */
final class CsiNodeLink implements LinkEvaluator {

	private final StorageIndex index;

	private final Texts t;

	CsiNodeLink(StorageIndex index, Texts t) {
		this.index = index;
		this.t = t;
	}

	/** The nodes that run the claim's scheduled pods, in name order. */
	static Set<String> podNodes(ClaimChain chain) {
		Set<String> nodes = new TreeSet<>();
		for (PodFact pod : chain.pods()) {
			if (pod.scheduled()) {
				nodes.add(pod.nodeName());
			}
		}
		return nodes;
	}

	@Override
	public Evaluated evaluate(ClaimChain chain) {
		String driver = chain.driver();
		String title = t.get("storage.link.csinode");
		if (driver == null) {
			return Evaluated.of(new LinkView("csinode", title, "—", Health.NOT_APPLICABLE, List.of(),
					t.get("storage.driver.none")));
		}
		// Without the pods nobody knows which nodes consume the claim: that is unknown, not "no pod yet".
		if (!index.known(FactKind.PODS)) {
			return Evaluated.of(new LinkView("csinode", title, "—", Health.UNKNOWN, List.of(),
					t.get("storage.csinode.pods-unknown", driver, index.unknownReason(FactKind.PODS, t))));
		}
		Set<String> podNodes = podNodes(chain);
		if (podNodes.isEmpty()) {
			return Evaluated.of(new LinkView("csinode", title, "—", Health.NOT_APPLICABLE, List.of(),
					t.get("storage.csinode.no-pods")));
		}
		if (!index.known(FactKind.CSI_NODES)) {
			return Evaluated.of(new LinkView("csinode", title, String.join(", ", podNodes), Health.UNKNOWN, List.of(),
					index.unknownReason(FactKind.CSI_NODES, t)));
		}
		Map<String, PodFact> podOnNode = new HashMap<>();
		chain.pods().stream().filter(PodFact::scheduled).forEach((p) -> podOnNode.putIfAbsent(p.nodeName(), p));
		List<String> details = new ArrayList<>();
		List<String> missingOn = new ArrayList<>();
		List<BrokenLinkView> broken = new ArrayList<>();
		for (String nodeName : podNodes) {
			CsiNodeFact.Driver registration = index.registration(nodeName, driver);
			if (registration == null) {
				missingOn.add(nodeName);
				LinkEvaluator.listed(t, details, podNodes.size(), t.get("storage.csinode.missing", nodeName));
				broken.add(missing(chain, driver, nodeName, podOnNode.get(nodeName)));
			}
			else {
				LinkEvaluator.listed(t, details, podNodes.size(), registration.allocatableCount() == null
						? t.get("storage.csinode.registered", nodeName)
						: t.get("storage.csinode.registered.limit", nodeName, registration.allocatableCount()));
			}
		}
		Health health = missingOn.isEmpty() ? Health.HEALTHY : Health.DOWN;
		String reason = missingOn.isEmpty() ? t.get("storage.csinode.ok", driver)
				: t.get("storage.csinode.missing.reason", driver, String.join(", ", missingOn));
		return new Evaluated(new LinkView("csinode", title, String.join(", ", podNodes), health, details, reason),
				broken);
	}

	private BrokenLinkView missing(ClaimChain chain, String driver, String nodeName, PodFact pod) {
		CsiNodeFact csiNode = index.csiNodes.get(nodeName);
		String registered = csiNode == null ? t.get("storage.csinode.no-object")
				: csiNode.drivers().isEmpty() ? "—"
						: csiNode.drivers().stream().map(CsiNodeFact.Driver::name).collect(Collectors.joining(", "));
		return new BrokenLinkView("driver-missing-on-node", Health.DOWN, "csinode " + nodeName,
				t.get("storage.broken.driver-missing-on-node", driver, nodeName, registered,
						pod.namespace() + "/" + pod.name()),
				"kubectl get csinode " + nodeName + " -o yaml", chain.id());
	}

}
