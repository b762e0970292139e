package dev.kubeprint.cluster.snapshot;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.kubeprint.cluster.facts.Availability.State;
import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.cluster.facts.FactKind;
import dev.kubeprint.testing.RealWorld;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six real dumps of ../shared/realworld, read in place as the app reads a configured snapshot: what each
 * holds loads, and every kind its collector did not collect is NOT_COLLECTED, never OK and empty.
 */
class RealWorldSnapshotTests {

	@Test
	void clusterInfoDumpOfAksCollectsOnlyItsKinds() {
		ClusterFacts facts = RealWorld.facts("aks-1.16-kubenet");
		assertThat(facts.nodes()).hasSize(1);
		assertThat(facts.pods()).hasSize(10);
		assertThat(facts.items(FactKind.DAEMON_SETS)).hasSize(2);
		assertThat(facts.items(FactKind.SERVICES)).hasSize(6);
		assertCollectedOnlyByClusterInfoDump(facts);
		assertThat(facts.problems()).isEmpty();
		assertThat(facts.capturedAt()).as("the newest timestamp in the data, not the files' times").isPresent();
		assertThat(facts.capturedAt().get()).isBefore(Instant.parse("2020-06-17T00:00:00Z"));
	}

	@Test
	void rke2DumpWithNullItemsLoads() {
		ClusterFacts facts = RealWorld.facts("rke2-1.33-cilium");
		assertThat(facts.nodes()).singleElement().satisfies((n) -> assertThat(n.name()).isNotEmpty());
		assertThat(facts.pods()).hasSize(22);
		assertThat(facts.problems()).isEmpty();
		assertCollectedOnlyByClusterInfoDump(facts);
	}

	@Test
	void eksDumpCountsOnlyTheNodesItHolds() {
		ClusterFacts facts = RealWorld.facts("eks-1.22-node-unreachable");
		assertThat(facts.nodes()).as("nodes named only by events are not nodes").hasSize(3);
		assertThat(facts.pods()).hasSize(15);
		assertCollectedOnlyByClusterInfoDump(facts);
		assertThat(facts.capturedAt()).hasValueSatisfying(
				(t) -> assertThat(t).isAfterOrEqualTo(Instant.parse("2022-08-03T15:11:45Z")));
	}

	@Test
	void kubeadmCalicoDump() {
		ClusterFacts facts = RealWorld.facts("kubeadm-1.21-calico");
		assertThat(facts.nodes()).hasSize(3);
		assertThat(facts.pods()).hasSize(13);
		assertCollectedOnlyByClusterInfoDump(facts);
	}

	@Test
	void sonobuoyResultsOfKind() {
		ClusterFacts facts = RealWorld.facts("kind-1.21-sonobuoy");
		assertThat(facts.problems()).isEmpty();
		assertThat(facts.serverVersion()).hasValueSatisfying((v) -> assertThat(v.gitVersion()).isEqualTo("v1.21.1"));
		assertThat(facts.nodes()).hasSize(1);
		assertThat(facts.pods()).hasSize(22);
		assertThat(facts.items(FactKind.DAEMON_SETS)).hasSize(3);
		assertThat(facts.items(FactKind.CONFIG_MAPS)).hasSize(31);
		assertThat(facts.items(FactKind.LEASES)).hasSize(3);
		assertThat(facts.items(FactKind.STORAGE_CLASSES)).singleElement()
			.satisfies((sc) -> assertThat(sc.provisioner()).isEqualTo("rancher.io/local-path"));
		assertThat(facts.availability(FactKind.PERSISTENT_VOLUMES).state()).isEqualTo(State.NOT_COLLECTED);
		assertThat(facts.availability(FactKind.CSI_DRIVERS).state()).isEqualTo(State.NOT_COLLECTED);
	}

	@Test
	void storageSnippetKnowsNothingOfNodesOrStorageClasses() {
		ClusterFacts facts = RealWorld.facts("eks-1.14-ebs-csi-storage-snippet");
		assertThat(facts.items(FactKind.PERSISTENT_VOLUME_CLAIMS)).hasSize(1);
		assertThat(facts.items(FactKind.PERSISTENT_VOLUMES)).singleElement()
			.satisfies((pv) -> assertThat(pv.csiDriver()).isEqualTo("ebs.csi.aws.com"));
		assertThat(facts.items(FactKind.VOLUME_ATTACHMENTS)).hasSize(1);
		assertThat(facts.availability(FactKind.NODES).state()).isEqualTo(State.NOT_COLLECTED);
		assertThat(facts.availability(FactKind.STORAGE_CLASSES).state())
			.as("the ebs-sc StorageClass is unknown, not missing")
			.isEqualTo(State.NOT_COLLECTED);
		assertThat(facts.availability(FactKind.NODES).isOk()).isFalse();
		assertThat(facts.versionAvailability().state()).isEqualTo(State.NOT_COLLECTED);
	}

	/** Nodes, and per namespace Events, RCs, Services, DaemonSets, Deployments, ReplicaSets and Pods. */
	private static void assertCollectedOnlyByClusterInfoDump(ClusterFacts facts) {
		for (FactKind<?> kind : FactKind.ALL) {
			boolean collected = kind == FactKind.NODES || kind == FactKind.PODS || kind == FactKind.SERVICES
					|| kind == FactKind.DAEMON_SETS || kind == FactKind.DEPLOYMENTS || kind == FactKind.EVENTS;
			assertThat(facts.availability(kind).state()).as(kind.resourceName())
				.isEqualTo(collected ? State.OK : State.NOT_COLLECTED);
		}
		assertThat(facts.availability(FactKind.CONFIG_MAPS).reason()).isEqualTo("not in this snapshot");
	}

}
