package dev.kubeprint.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kubeprint.cluster.facts.Availability;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.KindFacts;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.cluster.facts.Resources;

/**
 * A cluster at Kubernetes' limits for analyzer timing: nodes read through the snapshot reader, pods built as
 * facts directly, since parsing 150,000 pods would time the reader rather than the analyzers.
 */
public final class LargeCluster {

	private LargeCluster() {
	}

	/** Nodes in four pools and three zones, every 997th NotReady; pods spread evenly over them. */
	public static ClusterFacts of(int nodes, int pods) {
		List<Object> docs = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			docs.add(KubeJson.node("n-" + i)
				.pool("pool-" + (i % 4), "zone-" + (i % 3))
				.ready(i % 997 == 0 ? "False" : "True")
				.podCidr("10." + (64 + i / 256) + "." + (i % 256) + ".0/24")
				.ip("192.168." + (i / 250) + "." + (i % 250)));
		}
		docs.add(KubeJson.version("v1.30.6"));
		ClusterFacts base = KubeJson.facts(docs.toArray()).build();
		List<PodFact> list = new ArrayList<>(pods);
		for (int i = 0; i < pods; i++) {
			list.add(new PodFact("ns-" + (i % 500), "p-" + i, "n-" + (i % nodes), "Running", true, 0,
					new Resources(100, 1 << 20, 1), List.of(), "ReplicaSet", "rs", "", Map.of(), "", "", "", false,
					null, "", i % 1000 == 0, i % 700 == 0, null));
		}
		Map<FactKind<?>, KindFacts<?>> kinds = new HashMap<>(base.kinds());
		kinds.put(FactKind.PODS, new KindFacts<>(FactKind.PODS, Availability.ok(), list, base.observedAt()));
		return new ClusterFacts(base.cluster(), 2, base.observedAt(), kinds, base.serverVersion(),
				base.versionAvailability(), List.of());
	}

}
