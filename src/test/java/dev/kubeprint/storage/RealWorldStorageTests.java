package dev.kubeprint.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kubeprint.cluster.facts.ClusterFacts;
import dev.kubeprint.health.Health;
import dev.kubeprint.i18n.Texts;
import dev.kubeprint.reference.StorageBackends;
import dev.kubeprint.storage.StorageView.BrokenLinkView;
import dev.kubeprint.storage.StorageView.ChainView;
import dev.kubeprint.storage.StorageView.LinkView;
import dev.kubeprint.testing.RealWorld;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage expectations of ../shared/realworld, read from the view the JSON twin serializes. */
class RealWorldStorageTests {

	private static final Texts EN = Texts.of(Locale.ENGLISH);

	private static StorageView analyze(ClusterFacts facts) {
		return new StorageAnalyzer(StorageBackends.load()).analyze(facts, EN);
	}

	private static LinkView link(ChainView chain, String kind) {
		return chain.links().stream().filter((l) -> l.kind().equals(kind)).findFirst().orElseThrow();
	}

	@Test
	void aksStorageNotInData() {
		StorageView view = analyze(RealWorld.facts("aks-1.16-kubenet"));
		assertThat(view.summary().claimsShown()).isEqualTo("—");
		assertThat(view.summary().brokenLinksShown()).isEqualTo("—");
		assertThat(view.brokenPanel().provablyNone()).isFalse();
		assertThat(view.brokenPanel().unavailable()).anyMatch((u) -> u.startsWith("persistentvolumeclaims: not collected"));
	}

	@Test
	void aksNodeAllocatableShowsEightAttachableAzureDisks() {
		StorageView view = analyze(RealWorld.facts("aks-1.16-kubenet"));
		assertThat(view.summary().volumeLimits()).isEqualTo("Volumes a node can attach, from its allocatable: "
				+ "attachable-volumes-azure-disk: 8 on aks-nodepool1-28869405-vmss000000");
	}

	@Test
	void nodesWithoutAttachLimitsSayNothingOfThem() {
		assertThat(analyze(RealWorld.facts("kind-1.21-sonobuoy")).summary().volumeLimits()).isEmpty();
	}

	/** cluster-info dumps hold no storage kinds: unknown on every panel, never "none". */
	@ParameterizedTest
	@ValueSource(strings = { "rke2-1.33-cilium", "eks-1.22-node-unreachable", "kubeadm-1.21-calico" })
	void clusterInfoDumpStorageNotInData(String dump) {
		StorageView view = analyze(RealWorld.facts(dump));
		assertThat(view.summary().health()).isEqualTo(Health.UNKNOWN);
		assertThat(view.summary().claimsShown()).isEqualTo("—");
		assertThat(view.summary().classes()).isEmpty();
		assertThat(view.brokenPanel().provablyNone()).isFalse();
		assertThat(view.unavailable()).contains("storageclasses.storage.k8s.io: not collected (not in this snapshot)");
	}

	@Test
	void kindStandardLocalPathClassAndNoClaimsCollected() {
		StorageView view = analyze(RealWorld.facts("kind-1.21-sonobuoy"));
		assertThat(view.summary().classes()).singleElement().satisfies((c) -> {
			assertThat(c.name()).isEqualTo("standard");
			assertThat(c.provisioner()).isEqualTo("rancher.io/local-path");
			assertThat(c.isDefault()).isTrue();
			assertThat(c.bindingMode()).isEqualTo("WaitForFirstConsumer");
		});
		assertThat(view.brokenPanel().provablyNone()).isFalse();
	}

	@Test
	void kindLocalPathClassNamesThePodThatServesItsProvisioner() {
		assertThat(analyze(RealWorld.facts("kind-1.21-sonobuoy")).summary().classes()).singleElement()
			.satisfies((c) -> assertThat(c.servedBy()).isEqualTo("served by pod local-path-provisioner-547f784dff-spt2k"
					+ " (Deployment local-path-storage/local-path-provisioner, 1/1 ready)"));
	}

	@Test
	void rke2SnapshotControllerIsNotedOnTheStoragePage() {
		assertThat(analyze(RealWorld.facts("rke2-1.33-cilium")).summary().snapshots())
			.startsWith("VolumeSnapshots are served: Deployment kube-system/rke2-snapshot-controller (pods rke2-snapshot-controller-")
			.endsWith(", 1/1 ready)");
		assertThat(analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet")).summary().snapshots()).isEmpty();
	}

	/** No PV, PVC or CSI file is in the Sonobuoy results: the page says not collected, never "none". */
	@Test
	void kindHasNoVolumesClaimsOrCsiObjectsInTheDataSoTheyAreNotCollected() {
		StorageView view = analyze(RealWorld.facts("kind-1.21-sonobuoy"));
		assertThat(view.summary().claims()).isEqualTo(-1);
		assertThat(view.summary().volumes()).isEqualTo(-1);
		assertThat(view.chains()).isEmpty();
		assertThat(view.unavailable()).contains("persistentvolumeclaims: not collected (not in this snapshot)",
				"persistentvolumes: not collected (not in this snapshot)",
				"csidrivers.storage.k8s.io: not collected (not in this snapshot)");
	}

	@Test
	void eks114ClaimIsThreeGibReadWriteOnceBoundToItsVolume() {
		ChainView chain = analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet")).chains().get(0);
		assertThat(link(chain, "pvc").details()).contains("Bound", "ReadWriteOnce · Filesystem", "class: ebs-sc");
		assertThat(link(chain, "pvc").reason()).isEqualTo("Bound to pvc-4383c0bd-df78-11e9-bd75-0a35aab5d502");
		assertThat(link(chain, "pv").details()).contains("3 GiB · ReadWriteOnce");
	}

	@Test
	void eks114ChainFromClaimToVolume() {
		ChainView chain = analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet")).chains().get(0);
		assertThat(chain.id()).isEqualTo("default/default-magic-aws-stor-sgzld");
		assertThat(link(chain, "pvc").details()).contains("Bound", "requested 3 GiB · actual 3 GiB");
		assertThat(link(chain, "pv").name()).isEqualTo("pvc-4383c0bd-df78-11e9-bd75-0a35aab5d502");
		assertThat(link(chain, "pv").details()).contains("CSI ebs.csi.aws.com · handle vol-03498a2445f718b3b",
				"node affinity: topology.ebs.csi.aws.com/zone In [us-east-2c]");
	}

	/**
	 * The snippet holds no StorageClass file, so the reader marks the kind not collected: the truthful flag is
	 * "cannot tell whether ebs-sc exists", unresolved in the chain and in the broken links, never OK.
	 */
	@Test
	void eks114StorageClassEbsScUnresolved() {
		StorageView view = analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet"));
		LinkView storageClass = link(view.chains().get(0), "storageclass");
		assertThat(storageClass.health()).isEqualTo(Health.UNKNOWN);
		assertThat(storageClass.reason())
			.startsWith("StorageClasses were not collected: cannot tell whether ebs-sc, referenced by PVC and PV, exists");
		assertThat(view.broken()).extracting(BrokenLinkView::kind).contains("class-unresolved");
		assertThat(view.summary().brokenLinksShown()).isEqualTo("≥ 1");
		// No class was seen, so no backend type is guessed from the driver's default.
		assertThat(link(view.chains().get(0), "backend").name()).isNotEqualTo("AWS EBS gp3");
	}

	@Test
	void eks114VolumeIsExt4AndItsClaimRefUidMatchesTheClaim() {
		LinkView pv = link(analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet")).chains().get(0), "pv");
		assertThat(pv.details()).contains("filesystem ext4 (csi.fsType)", "claimRef uid matches the claim");
		assertThat(pv.health()).isEqualTo(Health.HEALTHY);
	}

	/** The same dump with the PV's claimRef uid changed, as after the claim was deleted and created again. */
	@Test
	void eks114StaleClaimRefUidIsFlagged(@TempDir Path dir) throws IOException {
		Path dump = RealWorld.dumps().resolve("eks-1.14-ebs-csi-storage-snippet");
		for (String file : List.of("pvc.yaml", "volumeattachments.yaml")) {
			Files.copy(dump.resolve(file), dir.resolve(file));
		}
		Files.writeString(dir.resolve("pv.yaml"), Files.readString(dump.resolve("pv.yaml"))
			.replace("uid: 4383c0bd-df78-11e9-bd75-0a35aab5d502", "uid: 11111111-df78-11e9-bd75-0a35aab5d502"));
		LinkView pv = link(analyze(RealWorld.read("eks-1.14-stale", dir)).chains().get(0), "pv");
		assertThat(pv.health()).isEqualTo(Health.DEGRADED);
		assertThat(pv.reason()).startsWith("stale claimRef: the volume's claimRef uid 11111111-df78-11e9-bd75-0a35aab5d502"
				+ " is not this claim's uid 4383c0bd-df78-11e9-bd75-0a35aab5d502");
		assertThat(pv.details()).doesNotContain("claimRef uid matches the claim");
	}

	@Test
	void eks114AttachmentDevicePath() {
		LinkView attachment = link(analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet")).chains().get(0),
				"volumeattachment");
		assertThat(attachment.details()).contains("device /dev/xvdba (attachmentMetadata.devicePath)");
	}

	@Test
	void eks114AttachmentToANodeNotInTheDumpByAnotherCreator() {
		LinkView attachment = link(analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet")).chains().get(0),
				"volumeattachment");
		assertThat(attachment.name()).isEqualTo("default-magic-aws-stor-sgzld");
		assertThat(attachment.health()).isEqualTo(Health.UNKNOWN);
		assertThat(attachment.details()).contains("ip-192-168-9-76.us-east-2.compute.internal: attached");
		assertThat(attachment.reason()).startsWith(
				"attached to ip-192-168-9-76.us-east-2.compute.internal; nodes were not collected, cannot tell whether it exists");
		assertThat(attachment.details()).anyMatch((d) -> d.startsWith(
				"created by something other than the attach/detach controller") && d.contains("PersistentVolumeClaim/"));
	}

	@Test
	void eks114CsiNodeUnknownWithoutPods() {
		LinkView csiNode = link(analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet")).chains().get(0), "csinode");
		assertThat(csiNode.health()).isEqualTo(Health.UNKNOWN);
		assertThat(csiNode.reason()).contains("pods: not collected").doesNotContain("No consuming pod");
		StorageView view = analyze(RealWorld.facts("eks-1.14-ebs-csi-storage-snippet"));
		assertThat(view.summary().drivers()).singleElement().satisfies((d) -> {
			assertThat(d.registeredShown()).isEqualTo("—");
			assertThat(d.nodesShown()).isEqualTo("—");
		});
	}

	@Test
	void nodesOnlyStoragePanelsSayNotCollected() {
		StorageView view = analyze(RealWorld.nodesOnly());
		assertThat(view.summary().health()).isEqualTo(Health.UNKNOWN);
		assertThat(view.summary().brokenLinksShown()).isEqualTo("—");
		assertThat(view.brokenPanel().provablyNone()).isFalse();
		assertThat(view.brokenPanel().unavailable()).isNotEmpty().allMatch((u) -> u.contains("not collected"));
		assertThat(view.page(1).unavailable()).startsWith("persistentvolumeclaims: not collected");
	}

}
