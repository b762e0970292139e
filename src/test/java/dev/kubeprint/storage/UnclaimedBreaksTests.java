package dev.kubeprint.storage;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kubeprint.storage.StorageView.BrokenLinkView;

import static dev.kubeprint.storage.StorageLinks.EN;
import static dev.kubeprint.storage.StorageLinks.healthy;
import static dev.kubeprint.storage.StorageLinks.index;
import static dev.kubeprint.storage.StorageLinks.replacing;
import static dev.kubeprint.storage.StorageLinks.with;
import static dev.kubeprint.storage.StorageYaml.attachment;
import static dev.kubeprint.storage.StorageYaml.pv;
import static dev.kubeprint.storage.StorageYaml.storageClass;
import static org.assertj.core.api.Assertions.assertThat;

class UnclaimedBreaksTests {

	@Test
	void aHealthyClusterHasNone() {
		assertThat(new UnclaimedBreaks(index(healthy()), EN).find(Set.of(StorageLinks.CLAIM))).isEmpty();
	}

	@Test
	void aReleasedVolumeOfADeletedClaimNamesNoChain() {
		UnclaimedBreaks breaks = new UnclaimedBreaks(
				index(with(healthy(), pv("pv-old", "Released", "1Gi", "gp3", "data/old", "z1"))), EN);
		assertThat(breaks.volumes(Set.of(StorageLinks.CLAIM))).singleElement().satisfies((b) -> {
			assertThat(b.kind()).isEqualTo("pv-released");
			assertThat(b.chain()).isEmpty();
		});
	}

	@Test
	void anAttachErrorNamesTheChainOfItsVolume() {
		UnclaimedBreaks breaks = new UnclaimedBreaks(index(replacing(healthy(), "kind: VolumeAttachment",
				attachment("csi-1", "n1", "pv-1", false, "volume limit reached", ""))), EN);
		assertThat(breaks.attachments(Set.of(StorageLinks.CLAIM))).extracting(BrokenLinkView::kind, BrokenLinkView::chain)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("attach-error", StorageLinks.CLAIM));
		assertThat(breaks.attachments(Set.of())).extracting(BrokenLinkView::chain).containsExactly("");
	}

	@Test
	void noDefaultClassAndAClassNoDriverServes() {
		UnclaimedBreaks breaks = new UnclaimedBreaks(index(with(
				replacing(healthy(), "kind: StorageClass", storageClass("gp3", StorageYaml.DRIVER, "Immediate", false, true)),
				storageClass("fancy", "csi.fancy.example.com", "Immediate", false, true))), EN);
		assertThat(breaks.classes()).extracting(BrokenLinkView::kind)
			.containsExactly("default-class-none", "provisioner-no-driver");
	}

}
