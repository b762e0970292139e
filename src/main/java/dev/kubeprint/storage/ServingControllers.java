package dev.kubeprint.storage;

import java.util.ArrayList;
import java.util.List;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.DeploymentFact;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.cluster.facts.PodFact;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.StorageBackends;

/**
 * The Deployments that serve storage without CSI objects to show them: a class's provisioner
 * (local-path-provisioner) and VolumeSnapshot controllers, named by the reference data. Each is stated only
 * when its Deployment is in the data, never assumed from the class alone.
 */
final class ServingControllers {

	private final ClusterFacts facts;

	private final StorageBackends backends;

	private final Texts t;

	ServingControllers(ClusterFacts facts, StorageBackends backends, Texts t) {
		this.facts = facts;
		this.backends = backends;
		this.t = t;
	}

	/** "served by pod local-path-storage/local-path-provisioner-… (Deployment …, 1/1 ready)", or empty. */
	String provisioner(String provisioner) {
		return String.join("; ", describe(backends.deploymentsServing(provisioner), "storage.class.served-by"));
	}

	/** "VolumeSnapshots are served: …", or empty when no snapshot controller is in the data. */
	String snapshots() {
		List<String> found = describe(backends.snapshotControllers(), "storage.snapshots.controller");
		return found.isEmpty() ? "" : t.get("storage.snapshots.served", String.join("; ", found));
	}

	private List<String> describe(List<String> names, String key) {
		List<String> found = new ArrayList<>();
		for (DeploymentFact d : facts.items(FactKind.DEPLOYMENTS)) {
			if (names.contains(d.name())) {
				found.add(t.get(key, d.namespace(), d.name(), pods(d), d.ready(), d.replicas()));
			}
		}
		return found;
	}

	/** The Deployment's pods, through their ReplicaSet's name; "—" when none is in the data. */
	private String pods(DeploymentFact d) {
		List<String> names = facts.pods()
			.stream()
			.filter((p) -> p.namespace().equals(d.namespace()) && "ReplicaSet".equals(p.ownerKind())
					&& p.ownerName().startsWith(d.name() + "-"))
			.map(PodFact::name)
			.sorted()
			.toList();
		return names.isEmpty() ? "—" : String.join(", ", names);
	}

}
