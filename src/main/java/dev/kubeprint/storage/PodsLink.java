package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.List;

import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.storage.StorageView.LinkView;

/** Pod → PVC: the pods that mount the claim, and whether they are ready. */
final class PodsLink implements LinkEvaluator {

	private final StorageIndex index;

	private final Texts t;

	PodsLink(StorageIndex index, Texts t) {
		this.index = index;
		this.t = t;
	}

	@Override
	public Evaluated evaluate(ClaimChain chain) {
		List<PodFact> pods = chain.pods();
		String title = t.get("storage.link.pods");
		if (!index.known(FactKind.PODS)) {
			return Evaluated.of(new LinkView("pods", title, "—", Health.UNKNOWN, List.of(),
					index.unknownReason(FactKind.PODS, t)));
		}
		if (pods.isEmpty()) {
			return Evaluated.of(new LinkView("pods", title, "—", Health.NOT_APPLICABLE,
					List.of(t.get("storage.pods.none")), t.get("storage.pods.none")));
		}
		List<String> details = new ArrayList<>();
		List<String> notReady = new ArrayList<>();
		for (PodFact pod : pods) {
			String where = pod.scheduled() ? pod.nodeName() : t.get("storage.pods.unscheduled");
			String state = pod.ready() ? "" : " · " + (pod.reason().isEmpty() ? pod.phase() : pod.reason());
			LinkEvaluator.listed(t, details, pods.size(), pod.name() + " @ " + where + state);
			if (!pod.ready()) {
				notReady.add(pod.name() + state);
			}
		}
		Health health = notReady.isEmpty() ? Health.HEALTHY
				: notReady.size() == pods.size() ? Health.DOWN : Health.DEGRADED;
		String reason = notReady.isEmpty() ? t.get("storage.pods.ready", pods.size())
				: t.get("storage.pods.not-ready", notReady.size(), pods.size(), String.join(", ", notReady));
		String name = pods.size() == 1 ? pods.get(0).name() : t.get("storage.pods.count", pods.size());
		return Evaluated.of(new LinkView("pods", title, name, health, details, reason));
	}

}
